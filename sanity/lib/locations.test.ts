import {describe, expect, it} from 'vitest'
import {policyLocations, revisionLocations} from './locations'

describe('locations', () => {
  it('lists a policy page in each language', () => {
    expect(policyLocations({slug: 'privacy', kk: 'Саясат', ru: 'Политика'})).toEqual([
      {title: 'Саясат (kk)', href: '/kk/privacy'},
      {title: 'Политика (ru)', href: '/ru/privacy'},
    ])
  })

  it('lists a revision’s own pages before its policy’s', () => {
    expect(revisionLocations({slug: 'privacy', version: 2, ru: 'Политика'}).map((l) => l.href)).toEqual([
      '/kk/privacy/v/2',
      '/ru/privacy/v/2',
      '/kk/privacy',
      '/ru/privacy',
    ])
  })

  it('has nothing to show without a slug or version', () => {
    expect(policyLocations({kk: 'Саясат'})).toEqual([])
    expect(revisionLocations({slug: 'privacy'})).toEqual([])
  })
})
