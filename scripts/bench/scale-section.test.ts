import {describe, expect, it} from 'vitest'
import {goal, type Measured} from './scale-section'

const run = (policies: number, revisions: number, build: Partial<Measured['build']>): Measured => ({
  shape: {policies, revisions, sections: 30, words: 80, seed: 1},
  datasetBytes: 1,
  build: {exitCode: 0, wallMs: 60_000, peakRssBytes: 1, queries: 1, pages: 100, logFile: 'x', loadAtStart: 1, ...build},
})

describe('the 1,000-revision build goal', () => {
  it('counts compile plus generation of the largest dataset with at least 1,000 revisions', () => {
    expect(goal([run(5, 20, {}), run(50, 20, {wallMs: 100_000})], 60_000)).toMatchObject({what: 'whole build of 1000 revisions', goal: '≤ 3 min', measured: '160.0 s', met: true})
    expect(goal([run(50, 20, {wallMs: 120_000})], 60_000)).toMatchObject({measured: '180.0 s', met: true}) // 3 min exactly
    expect(goal([run(50, 20, {wallMs: 130_000})], 60_000)).toMatchObject({measured: '190.0 s', met: false})
  })

  it('reports a generation stopped at the time limit as missed, with its extrapolation', () => {
    const stopped = run(50, 20, {exitCode: 1, wallMs: 360_000, timedOut: {pagesDone: 300, estimatedWallMs: 900_000}})
    expect(goal([stopped], 30_000)).toMatchObject({measured: '≈ 930.0 s', met: false})
  })

  it('calls the goal missed when a smaller generation alone ran past the limit, and not measured otherwise', () => {
    const slow = run(5, 20, {exitCode: 1, wallMs: 240_000, timedOut: {pagesDone: 10, estimatedWallMs: 500_000}})
    expect(goal([slow], 30_000)).toMatchObject({met: false})
    expect(goal([slow], 30_000).measured).toMatch(/100 revisions alone ran > 240.0 s/)
    expect(goal([run(2, 20, {wallMs: 400_000})], 30_000)).toMatchObject({met: undefined})
    expect(goal([], 0)).toMatchObject({met: undefined})
  })
})
