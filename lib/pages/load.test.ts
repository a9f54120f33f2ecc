// What the reader routes decide before anything renders, on a policy stood in for the content getters.
import {describe, expect, it, vi} from 'vitest'
import {revision} from '@/lib/revisions/compare/testSections'
import {buildTimeline} from '@/lib/revisions/timeline'

const revisions = [1, 2, 3].map((v) => ({...revision(v, []), effectiveFrom: `202${v}-01-01`}))
const privacy = {policy: {slug: 'privacy', revisions}, timeline: buildTimeline(revisions, '2024-06-01'), today: '2024-06-01'}

vi.mock('@/lib/content/getters', () => ({
  getPolicyTimeline: async (slug: string) => (slug === 'privacy' ? privacy : undefined),
  getSiteSettings: async () => ({}),
}))
vi.mock('@/lib/content/fetch', () => ({isDraftMode: async () => false}))

const {loadCompare} = await import('./load')

describe('loadCompare', () => {
  it('redirects a reversed pair of existing versions to the one URL of the pair', async () => {
    expect(await loadCompare({locale: 'kk', slug: 'privacy', a: '3', b: '1'})).toEqual({kind: 'redirect', location: '/kk/privacy/compare/1/3'})
  })

  it('answers 404, not a redirect, for a reversed pair naming a version that does not exist', async () => {
    expect(await loadCompare({locale: 'kk', slug: 'privacy', a: '99', b: '1'})).toEqual({kind: 'notFound', locale: 'kk'})
    expect(await loadCompare({locale: 'ru', slug: 'privacy', a: '3', b: '0'})).toEqual({kind: 'notFound', locale: 'ru'})
    expect(await loadCompare({locale: 'kk', slug: 'nope', a: '2', b: '1'})).toEqual({kind: 'notFound', locale: 'kk'})
  })

  it('renders an existing pair, older first; leading zeros are not a version', async () => {
    expect(await loadCompare({locale: 'kk', slug: 'privacy', a: '1', b: '3'})).toMatchObject({kind: 'page', from: {version: 1}, to: {version: 3}})
    expect(await loadCompare({locale: 'kk', slug: 'privacy', a: '01', b: '3'})).toEqual({kind: 'notFound', locale: 'kk'})
  })
})
