// The JSON routes in draft mode: an editor's preview holds drafts, so no cache may keep it (a CDN would hand the
// draft to every reader). Published answers keep their shared caching.
import {beforeEach, describe, expect, it, vi} from 'vitest'

const state = vi.hoisted(() => ({drafts: false}))
const document = {body: '{"schemaVersion":1}', etag: '"abc"'}

vi.mock('@/lib/content/fetch', () => ({isDraftMode: async () => state.drafts}))
vi.mock('@/lib/api/documents', () => ({
  getPolicyListDocument: async () => document,
  getPolicyDocument: async (slug: string) => (slug === 'privacy' ? document : undefined),
}))

const list = await import('./route')
const one = await import('./[slug]/route')
const get = (path: string) => new Request(`https://example.kz${path}`)
const slug = (value: string) => ({params: Promise.resolve({slug: value})})

describe('/api/policies and /api/policies/{slug}', () => {
  beforeEach(() => {
    state.drafts = false
  })

  it('are publicly cacheable with published content', async () => {
    expect((await list.GET(get('/api/policies'))).headers.get('cache-control')).toMatch(/^public, /)
    expect((await one.GET(get('/api/policies/privacy'), slug('privacy'))).headers.get('cache-control')).toMatch(/^public, /)
  })

  it('answer private, no-store in draft mode: 200, 304 and 404 alike', async () => {
    state.drafts = true
    const responses = [
      await list.GET(get('/api/policies')),
      await one.GET(get('/api/policies/privacy'), slug('privacy')),
      await one.GET(new Request('https://example.kz/api/policies/privacy', {headers: {'if-none-match': '"abc"'}}), slug('privacy')),
      await one.GET(get('/api/policies/draft-only'), slug('draft-only')),
    ]
    expect(responses.map((r) => r.status)).toEqual([200, 200, 304, 404])
    for (const response of responses) expect(response.headers.get('cache-control')).toBe('private, no-store')
  })
})
