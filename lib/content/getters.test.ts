// The domain getters over the demo dataset, with Next's cache and draft mode stood in for (no Next runtime here).
import {describe, expect, it, vi} from 'vitest'

vi.mock('next/cache', () => ({unstable_cache: (fn: () => unknown) => fn}))
vi.mock('next/headers', () => ({
  draftMode: async () => {
    throw new Error('outside a request')
  },
}))
vi.mock('react', async (original) => ({...(await original<typeof import('react')>()), cache: (fn: unknown) => fn}))

const {getPolicy, getPolicySlugs, getPolicyTimeline, getSiteSettings, listPolicies} = await import('./getters')

describe('content getters on the demo dataset', () => {
  it('routes every demo policy by its slug', async () => {
    expect((await getPolicySlugs()).map((row) => row.slug)).toEqual(['privacy', 'e-karlygash', 'mobile-app', 'website', 'getx'])
  })

  it('gives a policy with its revisions as domain types, hashed', async () => {
    const policy = await getPolicy('privacy')
    expect(policy?.revisions.map((r) => r.version)).toEqual([1, 2])
    const [v1, v2] = policy!.revisions
    expect(v2.summary.kk && v2.summary.ru).toBeTruthy()
    expect(v2.hash.all).toMatch(/^[0-9a-f]{64}$/)
    expect(v2.hash.all).not.toBe(v1.hash.all)
    // Sections keep their keys across revisions (the compare page matches on them).
    expect(v2.sections.map((s) => s.key)).toEqual(expect.arrayContaining(v1.sections.map((s) => s.key)))
  })

  it('keeps one-language policies one-language', async () => {
    const policy = await getPolicy('mobile-app')
    expect(policy?.title.kk).toBeUndefined()
    expect(policy?.revisions[0].sections.every((s) => s.body.ru && !s.body.kk)).toBe(true)
  })

  it('answers undefined for an unknown slug', async () => {
    expect(await getPolicy('nope')).toBeUndefined()
    expect(await getPolicyTimeline('nope')).toBeUndefined()
  })

  it('places revisions in time and lists policies with their current version', async () => {
    const privacy = await getPolicyTimeline('privacy')
    expect(privacy?.timeline.current?.version).toBe(2)
    const list = await listPolicies()
    expect(list.find((p) => p.slug === 'privacy')?.current).toEqual({version: 2, effectiveFrom: '2025-09-01'})
    expect((await getSiteSettings()).contactEmail).toMatch(/@/)
  })
})
