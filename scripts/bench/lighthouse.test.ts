import {describe, expect, it} from 'vitest'
import {readScores, type Report} from './lighthouse'

const report = (extra: Partial<Report> = {}): Report => ({
  categories: {performance: {score: 0.864}, accessibility: {score: 1}},
  audits: {
    'largest-contentful-paint': {numericValue: 3040.5},
    'first-contentful-paint': {numericValue: 2100},
    'total-blocking-time': {numericValue: 260},
    'cumulative-layout-shift': {numericValue: 0},
    'lcp-breakdown-insight': {details: {items: [{type: 'table'}, {type: 'node', selector: 'main > h1.font-serif'}]}},
    'render-blocking-insight': {displayValue: 'Est savings of 1,120\u00a0ms'},
  },
  ...extra,
})

describe('readScores', () => {
  it('turns category scores into 0-100 and keeps the metrics in ms', () => {
    expect(readScores(report())).toMatchObject({performance: 86, accessibility: 100, lcpMs: 3040.5, fcpMs: 2100, tbtMs: 260, cls: 0, failed: false})
  })
  it('names the LCP element and the savings Lighthouse estimates, with plain spaces', () => {
    expect(readScores(report()).diagnostics).toEqual(['LCP element `main > h1.font-serif`', 'render-blocking requests: Est savings of 1,120 ms'])
  })
  it('scores a failed run 0 and carries Lighthouse\'s complaint', () => {
    const failed = readScores({...report(), categories: {performance: {score: null}}, runtimeError: {message: 'NO_FCP'}})
    expect(failed).toMatchObject({performance: 0, accessibility: 0, warning: 'NO_FCP', failed: true})
  })
  it('calls a run without a score failed even with no runtime error, and a warning alone does not', () => {
    expect(readScores({...report(), categories: {performance: {score: 1}, accessibility: {score: null}}}).failed).toBe(true)
    expect(readScores({...report(), runWarnings: ['slower CPU than expected']})).toMatchObject({failed: false, warning: 'slower CPU than expected'})
  })
})
