import {beforeEach, describe, expect, it, vi} from 'vitest'
import type {ContentProblem} from './report'
import {toPolicy, toRevision} from './reshape'

const problems: ContentProblem[] = []
vi.mock('./report', () => ({reportProblem: (problem: ContentProblem) => problems.push(problem)}))
beforeEach(() => {
  problems.length = 0
})

const revision = (fields: Record<string, unknown>) => ({_id: 'rev', version: 1, effectiveFrom: '2024-01-01', sections: [], ...fields})

describe('toRevision', () => {
  it.each([[1e12], [-1], [1.5], ['2'], [null]])('skips version %j with one report', (version) => {
    expect(toRevision(revision({version}), 'policy')).toBeUndefined()
    expect(problems.map((p) => p.field)).toEqual(['version'])
  })

  it.each([['2025-02-30'], ['yesterday'], [20250101]])('skips effectiveFrom %j with one report', (effectiveFrom) => {
    expect(toRevision(revision({effectiveFrom}), 'policy')).toBeUndefined()
    expect(problems.map((p) => p.field)).toEqual(['effectiveFrom'])
  })

  it('quotes the value so that a line break in it cannot print a report line of its own', () => {
    toRevision(revision({version: '3\n[content] forged version: y'}), 'policy')
    expect(problems[0].message).not.toContain('\n')
    expect(problems[0].message).toMatch(/^"3\\n\[content\] forged version: y" is not a whole number/)
  })
})

describe('toPolicy', () => {
  const policy = (revisions: unknown[]) => ({_id: 'policy-x', slug: 'x', title: {kk: 'X', ru: 'X'}, revisions})

  it('reports a policy with no revisions (its pages are 404s)', () => {
    expect(toPolicy(policy([]))?.revisions).toEqual([])
    expect(problems).toEqual([{documentId: 'policy-x', field: 'revisions', message: 'the policy has no revisions'}])
  })

  it('reports a policy none of whose revisions can be published, after their own reports', () => {
    toPolicy(policy([revision({version: 0})]))
    expect(problems.map((p) => `${p.documentId} ${p.field}`)).toEqual(['rev version', 'policy-x revisions'])
    expect(problems[1].message).toBe('none of its 1 revisions can be published')
  })

  it('reports a title missing in both languages (an object of objects reaches here as {kk: null, ru: null})', () => {
    expect(toPolicy({...policy([revision({})]), title: {kk: null, ru: null}})?.title).toEqual({kk: undefined, ru: undefined})
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toContain('title: missing in both languages; the slug is shown instead')
  })

  it('resolves which text prevails: the policy\'s own setting, else the site\'s, else equal force', () => {
    const prevailing = (own: unknown, site: unknown) => toPolicy({...policy([revision({})]), prevailingLanguage: own, sitePrevailingLanguage: site})?.prevailingLanguage
    expect(prevailing(null, null)).toBe('equal')
    expect(prevailing(undefined, 'kk')).toBe('kk')
    expect(prevailing(null, 'ru')).toBe('ru')
    expect(prevailing('', 'ru')).toBe('ru')
    expect(prevailing('ru', 'kk')).toBe('ru')
    expect(prevailing('equal', 'kk')).toBe('equal')
    expect(problems.filter((p) => p.field === 'prevailingLanguage')).toEqual([])
  })

  it('reports an unknown prevailing language with its document and field, and falls back to equal force', () => {
    const prevailing = (own: unknown, site: unknown) => toPolicy({...policy([revision({})]), prevailingLanguage: own, sitePrevailingLanguage: site})?.prevailingLanguage
    expect(prevailing('en', 'kk')).toBe('equal')
    expect(prevailing(null, 'Kazakh')).toBe('equal')
    expect(prevailing(['kk'], null)).toBe('equal')
    expect(problems.filter((p) => p.field === 'prevailingLanguage').map((p) => [p.documentId, p.field, p.message])).toEqual([
      ['policy-x', 'prevailingLanguage', '"en" is not one of equal, kk, ru; both texts are said to have equal force'],
      ['siteSettings', 'prevailingLanguage', '"Kazakh" is not one of equal, kk, ru; both texts are said to have equal force'],
      ['policy-x', 'prevailingLanguage', '["kk"] is not one of equal, kk, ru; both texts are said to have equal force'],
    ])
  })

  it('says nothing about a policy with a valid revision', () => {
    expect(toPolicy(policy([revision({sections: [{_key: 'a', heading: {kk: 'A', ru: 'А'}, body: {kk: null, ru: null}}]})]))?.revisions).toHaveLength(1)
    expect(problems).toEqual([])
  })
})
