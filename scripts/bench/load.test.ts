import type {Result} from 'autocannon'
import {describe, expect, it} from 'vitest'
import {throughputGoal} from './load'

/** An autocannon result with `rps` mean requests/s over 10 s. */
function result(rps: number, faults: Partial<Pick<Result, 'errors' | 'non2xx' | 'timeouts'>> = {}): Result {
  const stats = {average: rps, mean: rps, min: rps, max: rps, p50: rps, p90: rps, p99: rps, total: rps * 10}
  return {duration: 10, errors: 0, timeouts: 0, non2xx: 0, resets: 0, statusCodeStats: {}, latency: stats, requests: {...stats, sent: rps * 10}, throughput: stats, ...faults}
}

describe('throughputGoal', () => {
  it("is met when Next serves at least 35 % of the static server's requests/s, and says both numbers", () => {
    expect(throughputGoal('/kk/privacy', result(350), result(1000))).toMatchObject({goal: '≥ 35 %', measured: '35 % (350 vs 1000 requests/s)', met: true})
    expect(throughputGoal('/kk/privacy', result(349), result(1000)).met).toBe(false)
    expect(throughputGoal('/kk/privacy', result(1200), result(1000)).met).toBe(true)
    expect(throughputGoal('/kk/privacy', result(350), result(1000)).what).toContain('`/kk/privacy`')
  })

  it('is missed when Next answered errors or non-2xx, however fast', () => {
    const goal = throughputGoal('/kk/privacy', result(900, {non2xx: 3}), result(1000))
    expect(goal.met).toBe(false)
    expect(goal.measured).toContain('3 non-2xx')
  })

  it('is not measured when the static server itself failed: there is nothing to compare with', () => {
    expect(throughputGoal('/kk/privacy', result(300), result(1000, {errors: 2})).met).toBeUndefined()
    expect(throughputGoal('/kk/privacy', result(300), result(0)).met).toBeUndefined()
  })
})
