// What a build prerenders, on timelines stood in for the content getters.
import {describe, expect, it, vi} from 'vitest'
import {revision} from '@/lib/revisions/compare/testSections'
import {buildTimeline} from '@/lib/revisions/timeline'

/** Policy `slug` with versions 1..count taking effect on 2020-01-01, 2021-01-01, ... */
function policy(slug: string, count: number, today: string) {
  const revisions = Array.from({length: count}, (_, i) => ({...revision(i + 1, []), effectiveFrom: `${2020 + i}-01-01`}))
  return {policy: {slug, revisions}, timeline: buildTimeline(revisions, today), today}
}

const policies = {
  // v1..v19 archived, v20 current.
  long: policy('long', 20, '2039-06-01'),
  // v1 archived, v2 current, v3 upcoming.
  upcoming: policy('upcoming', 3, '2021-06-01'),
  // v1 only.
  single: policy('single', 1, '2030-01-01'),
}

vi.mock('@/lib/content/getters', () => ({
  getPolicySlugs: async () => Object.keys(policies).map((slug) => ({slug})),
  getPolicyTimeline: async (slug: keyof typeof policies) => policies[slug],
}))

const {comparePairParams, parseVersion, slugParams, versionParams} = await import('./policy-params')

describe('prerendered params', () => {
  it('prerenders every policy', async () => {
    expect(await slugParams()).toEqual([{slug: 'long'}, {slug: 'upcoming'}, {slug: 'single'}])
  })

  it('prerenders the versions in force or upcoming and the newest archived one, not the whole archive', async () => {
    expect(await versionParams()).toEqual([
      {slug: 'long', version: '20'},
      {slug: 'long', version: '19'},
      {slug: 'upcoming', version: '3'},
      {slug: 'upcoming', version: '2'},
      {slug: 'upcoming', version: '1'},
      {slug: 'single', version: '1'},
    ])
  })

  it('prerenders the comparisons leading into the current and upcoming versions', async () => {
    expect(await comparePairParams()).toEqual([
      {slug: 'long', a: '19', b: '20'},
      {slug: 'upcoming', a: '2', b: '3'},
      {slug: 'upcoming', a: '1', b: '2'},
    ])
  })

  it('reads only plain positive integers as versions', () => {
    expect(['1', '20', '999999999'].map(parseVersion)).toEqual([1, 20, 999999999])
    expect(['0', '01', '1.0', '-1', '1e3', '1000000000', ''].map(parseVersion)).toEqual(Array(7).fill(undefined))
  })
})
