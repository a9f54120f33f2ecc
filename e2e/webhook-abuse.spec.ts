// Webhook abuse on a server of its own: forged deliveries revalidate nothing, a burst of 1,000 deliveries in
// ten seconds is absorbed (retries coalesced by idempotency key, one regeneration per page), the server stays up.
import {encodeSignatureHeader, SIGNATURE_HEADER_NAME} from '@sanity/webhook'
import {expect, test, type APIRequestContext} from '@playwright/test'
import {servers, WEBHOOK_SECRET} from './fixtures/servers'
import {waitForServer} from './helpers'

// The publish spec shares this server; it edits `lifecycle` and watches `privacy`, so this one uses another policy.
const site = `http://127.0.0.1:${servers.publish.port}`
const page = `${site}/kk/e-karlygash`
const body = JSON.stringify({_id: 'policyRevision-e-karlygash-v1', _type: 'policyRevision', policy: {_ref: 'policy-e-karlygash'}})

async function deliver(request: APIRequestContext, {secret = WEBHOOK_SECRET, key}: {secret?: string; key?: string} = {}) {
  const signature = await encodeSignatureHeader(body, Date.now(), secret)
  const headers: Record<string, string> = {'content-type': 'application/json', [SIGNATURE_HEADER_NAME]: signature}
  if (key) headers['idempotency-key'] = key
  return (await request.post(`${site}/api/revalidate`, {data: body, headers})).status()
}

const cacheState = async (request: APIRequestContext) => (await request.get(page)).headers()['x-nextjs-cache']

test('forged deliveries revalidate nothing; a burst of 1,000 is absorbed and the page regenerates once', async ({request}) => {
  test.setTimeout(120_000)
  await waitForServer(`${site}/kk`)
  // The page may be past its 5-minute lifetime when this runs (STALE, regenerated in the background): wait for HIT.
  await expect.poll(() => cacheState(request), {timeout: 30_000}).toBe('HIT')

  const forged = await Promise.all(Array.from({length: 100}, () => deliver(request, {secret: 'forged'})))
  expect(new Set(forged)).toEqual(new Set([401]))
  expect(await cacheState(request)).toBe('HIT')

  // 1,000 valid deliveries at once: 700 distinct, 300 retries of them (the same idempotency key).
  const plan = Array.from({length: 1000}, (_, i) => ({key: `burst-${i % 10 < 7 ? i : i - 3}`}))
  const started = Date.now()
  const statuses: number[] = []
  for (let i = 0; i < plan.length; i += 50) statuses.push(...(await Promise.all(plan.slice(i, i + 50).map((p) => deliver(request, p)))))
  const seconds = (Date.now() - started) / 1000
  expect(seconds).toBeLessThan(60)
  expect(statuses.filter((s) => s === 200)).toHaveLength(1000)

  // Still up, and the page was regenerated once for the whole burst: one miss, then hits.
  const states = [await cacheState(request), await cacheState(request), await cacheState(request)]
  expect(states[0]).not.toBe('HIT')
  expect(states.slice(1)).toEqual(['HIT', 'HIT'])
  expect((await request.get(`${site}/ru/privacy`)).status()).toBe(200)
})
