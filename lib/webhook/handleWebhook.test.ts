import {encodeSignatureHeader, SIGNATURE_HEADER_NAME} from '@sanity/webhook'
import {describe, expect, it, vi} from 'vitest'
import {handleWebhook, MAX_BODY_BYTES, RecentKeys} from './handleWebhook'

const secret = 'test-secret'
const NOW = Date.parse('2026-01-01T00:00:00Z')

async function delivery(body: string, {signedAt = NOW, key = secret, headers = {}}: {signedAt?: number; key?: string; headers?: Record<string, string>} = {}) {
  const signature = await encodeSignatureHeader(body, signedAt, key)
  return new Request('http://localhost/api/revalidate', {
    method: 'POST',
    body,
    headers: {'content-type': 'application/json', [SIGNATURE_HEADER_NAME]: signature, ...headers},
  })
}

function run(request: Request, seen?: RecentKeys) {
  const revalidated: string[][] = []
  const response = handleWebhook(request, {secret, revalidate: (tags) => revalidated.push(tags), seen, now: () => NOW})
  return response.then(async (r) => ({status: r.status, body: await r.json(), revalidated}))
}

const revision = JSON.stringify({_id: 'policyRevision.privacy.v2', _type: 'policyRevision', policy: {_ref: 'policy.privacy'}})

describe('handleWebhook', () => {
  it('revalidates what a revision touches and says so', async () => {
    const result = await run(await delivery(revision))
    expect(result.status).toBe(200)
    expect(result.body.revalidated).toEqual(['policy-index', 'policy:policy.privacy'])
    expect(result.revalidated).toEqual([['policy-index', 'policy:policy.privacy']])
  })

  it('revalidates slugs for a policy and everything for site settings', async () => {
    const policy = await run(await delivery(JSON.stringify({_id: 'policy.privacy', _type: 'policy'})))
    expect(policy.body.revalidated).toEqual(['policy-slugs', 'policy-index', 'policy:policy.privacy'])
    const settings = await run(await delivery(JSON.stringify({_id: 'siteSettings', _type: 'siteSettings'})))
    expect(settings.body.revalidated).toEqual(['site'])
  })

  it('refuses missing, forged and stale signatures with 401 and revalidates nothing', async () => {
    const unsigned = new Request('http://localhost/api/revalidate', {method: 'POST', body: revision, headers: {'content-type': 'application/json'}})
    for (const request of [
      unsigned,
      await delivery(revision, {key: 'wrong-secret'}),
      await delivery(revision, {signedAt: NOW - 6 * 60_000}),
      await delivery(revision, {signedAt: NOW + 6 * 60_000}),
      await delivery(revision, {headers: {[SIGNATURE_HEADER_NAME]: 'garbage'}}),
    ]) {
      const result = await run(request)
      expect(result.status).toBe(401)
      expect(result.revalidated).toEqual([])
    }
  })

  it('refuses a body signed for other content', async () => {
    const signature = await encodeSignatureHeader(revision, NOW, secret)
    const tampered = new Request('http://localhost/api/revalidate', {
      method: 'POST',
      body: revision.replace('privacy', 'other'),
      headers: {[SIGNATURE_HEADER_NAME]: signature, 'content-type': 'application/json'},
    })
    expect((await run(tampered)).status).toBe(401)
  })

  it('answers 400 for malformed JSON, 413 for a body over 1 MB, 405 for other methods', async () => {
    expect((await run(await delivery('{not json'))).status).toBe(400)
    const big = JSON.stringify({_type: 'policy', _id: 'x', pad: 'x'.repeat(MAX_BODY_BYTES)})
    const oversized = await run(await delivery(big))
    expect(oversized.status).toBe(413)
    expect(oversized.revalidated).toEqual([])
    expect((await run(new Request('http://localhost/api/revalidate', {method: 'GET'}))).status).toBe(405)
  })

  it('answers 415 for another content type and revalidates nothing', async () => {
    const result = await run(await delivery(revision, {headers: {'content-type': 'text/plain'}}))
    expect(result.status).toBe(415)
    expect(result.revalidated).toEqual([])
  })

  it('revalidates a retried delivery (same idempotency key) once', async () => {
    const seen = new RecentKeys()
    const first = await run(await delivery(revision, {headers: {'idempotency-key': 'abc'}}), seen)
    const retry = await run(await delivery(revision, {headers: {'idempotency-key': 'abc'}}), seen)
    expect(first.revalidated).toHaveLength(1)
    expect(retry.revalidated).toEqual([])
    expect(retry.body.duplicate).toBe(true)
  })

  it('answers 503 with a clear message when no secret is configured, and logs it once, not per request', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    try {
      const revalidated: string[][] = []
      for (let i = 0; i < 5; i++) {
        const response = await handleWebhook(await delivery(revision), {secret: undefined, revalidate: (tags) => revalidated.push(tags), now: () => NOW})
        expect(response.status).toBe(503)
        expect(response.headers.get('cache-control')).toBe('no-store')
        expect((await response.json()).error).toMatch(/not configured: SANITY_REVALIDATE_SECRET is not set/)
      }
      expect(revalidated).toEqual([])
      expect(warn).toHaveBeenCalledTimes(1)
    } finally {
      warn.mockRestore()
    }
  })
})
