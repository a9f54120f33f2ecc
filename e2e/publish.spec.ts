// The publish path, offline: edit the dataset as a publish would, deliver Sanity's signed webhook, and the page
// changes on the next request; forged or replayed deliveries change nothing. Runs on a server of its own.
import {readFileSync, writeFileSync} from 'node:fs'
import {encodeSignatureHeader, SIGNATURE_HEADER_NAME} from '@sanity/webhook'
import {expect, test, type APIRequestContext} from '@playwright/test'
import {servers, WEBHOOK_SECRET} from './fixtures/servers'
import {waitForServer} from './helpers'

const site = `http://127.0.0.1:${servers.publish.port}`
const body = JSON.stringify({_id: 'policyRevision-lifecycle-v2', _type: 'policyRevision', policy: {_ref: 'policy-lifecycle'}})

async function deliver(request: APIRequestContext, {secret = WEBHOOK_SECRET, signedAt = Date.now()} = {}) {
  const signature = await encodeSignatureHeader(body, signedAt, secret)
  return request.post(`${site}/api/revalidate`, {data: body, headers: {'content-type': 'application/json', [SIGNATURE_HEADER_NAME]: signature}})
}

const retentionText = async (request: APIRequestContext) =>
  /Данные хранятся (\d+) дней/.exec(await (await request.get(`${site}/ru/lifecycle`)).text())?.[1]

test.describe.configure({mode: 'serial'})

let original: string | undefined

// The dataset and the page as they were, for a second run against the same servers (reuseExistingServer).
test.afterAll(async ({request}) => {
  if (original === undefined) return
  writeFileSync(servers.publish.dataset, original)
  await deliver(request)
})

test('a signed webhook publishes the edit; forged and replayed ones change nothing', async ({request}) => {
  await waitForServer(`${site}/kk`)
  expect(await retentionText(request)).toBe('90')
  const dataset = readFileSync(servers.publish.dataset, 'utf8')
  original = dataset
  writeFileSync(servers.publish.dataset, dataset.replace('Данные хранятся 90 дней', 'Данные хранятся 45 дней'))

  expect((await deliver(request, {secret: 'forged'})).status()).toBe(401)
  expect((await deliver(request, {signedAt: Date.now() - 10 * 60_000})).status()).toBe(401)
  expect(await retentionText(request)).toBe('90')

  // Another policy's page, fresh in the cache before the webhook: a STALE answer (older than its revalidate period,
  // as in a long run) regenerates it in the background, so wait for the fresh copy.
  await expect.poll(async () => (await request.get(`${site}/ru/privacy`)).headers()['x-nextjs-cache'], {timeout: 15_000}).toBe('HIT')

  const delivered = await deliver(request)
  expect(delivered.status()).toBe(200)
  expect((await delivered.json()).revalidated).toEqual(['policy-index', 'policy:policy-lifecycle'])
  expect(await retentionText(request)).toBe('45')
  // Only what the revision touches was revalidated: another policy's page is still the cached one.
  expect((await request.get(`${site}/ru/privacy`)).headers()['x-nextjs-cache']).toBe('HIT')
})
