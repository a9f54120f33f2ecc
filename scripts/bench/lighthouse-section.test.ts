import {describe, expect, it} from 'vitest'
import type {LighthouseScores} from './lighthouse'
import {lighthouseGoals, type Measured, type Target} from './lighthouse-section'

const scores = (performance: number, lcpMs: number, accessibility = 100, failed = false): LighthouseScores => ({
  performance,
  accessibility,
  lcpMs,
  tbtMs: 0,
  cls: 0,
  fcpMs: lcpMs,
  diagnostics: [],
  failed,
})

const measured = (target: Target, m: LighthouseScores, runs = [m]): Measured => ({target, runs, median: m})
const policy: Target = {label: 'kk policy', path: '/kk/privacy', goals: 'reader'}
const app: Target = {label: 'kk app view', path: '/kk/privacy/app', goals: 'app'}

describe('lighthouseGoals', () => {
  it('gives a reader page three goals (performance 100, LCP ≤ 1.0 s, accessibility 100) and the app view two', () => {
    const goals = lighthouseGoals([measured(policy, scores(100, 1000)), measured(app, scores(100, 2500))], 1)
    expect(goals.map((g) => [g.what, g.goal, g.measured, g.met])).toEqual([
      ['kk policy (`/kk/privacy`) performance', '100', '100', true],
      ['kk policy (`/kk/privacy`) LCP', '≤ 1.0 s', '1.00 s', true],
      ['kk policy (`/kk/privacy`) accessibility', '100', '100', true],
      ['kk app view (`/kk/privacy/app`) performance', '100', '100', true],
      ['kk app view (`/kk/privacy/app`) accessibility', '100', '100', true],
    ])
  })

  it('misses each goal on its own: 99 is not 100, 1001 ms is over 1.0 s', () => {
    const met = (m: LighthouseScores) => lighthouseGoals([measured(policy, m)], 1).map((g) => g.met)
    expect(met(scores(99, 900))).toEqual([false, true, true])
    expect(met(scores(100, 1001))).toEqual([true, false, true])
    expect(met(scores(100, 900, 98))).toEqual([true, true, false])
    expect(lighthouseGoals([measured(policy, scores(100, NaN))], 1)[1]).toMatchObject({measured: 'not measured', met: false})
  })

  it('does not count a page as meeting its goals when one of its runs measured nothing', () => {
    const good = scores(100, 800)
    const goals = lighthouseGoals([measured(policy, good, [good, scores(0, NaN, 0, true), good])], 3)
    expect(goals.map((g) => g.met)).toEqual([false, false, false])
    expect(goals[0].measured).toBe('100 (2 of 3 runs complete)')
    expect(lighthouseGoals([measured(policy, good, [good, good, good])], 3).every((g) => g.met)).toBe(true)
  })
})
