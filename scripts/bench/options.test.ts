import {describe, expect, it} from 'vitest'
import {parseOptions, parseScale, type Options} from './options'

const parse = (argv: string[], env: Record<string, string> = {}) => parseOptions(argv, env) as Options

describe('parseOptions', () => {
  it('defaults to the full bench: 30 s of load, 5x20 and 50x20 builds, 20 publishes, a cold demo build', () => {
    const options = parse([])
    expect(options).toMatchObject({quick: false, durationS: 30, connections: 100, publishRuns: 20, lighthouseRuns: 3, cold: true, port: 3300})
    expect(options.scale).toEqual([{policies: 5, revisions: 20}, {policies: 50, revisions: 20}])
    expect(options.only).toEqual(['weight', 'lighthouse', 'scale', 'publish', 'studio', 'load', 'compare'])
  })

  it('shrinks everything in --quick, and flags still win over the mode', () => {
    const quick = parse(['--quick', '--duration', '3'])
    expect(quick).toMatchObject({quick: true, durationS: 3, publishRuns: 5, lighthouseRuns: 1, cold: false})
    expect(quick.scale.reduce((n, s) => Math.max(n, s.policies * s.revisions), 0)).toBeLessThanOrEqual(100)
  })

  it('reads BENCH_* variables when no flag is given', () => {
    const options = parse(['--publish-runs', '4'], {BENCH_QUICK: '1', BENCH_SCALE: '1x2', BENCH_PUBLISH_RUNS: '9', BENCH_ONLY: 'scale,load'})
    expect(options).toMatchObject({quick: true, publishRuns: 4, scale: [{policies: 1, revisions: 2}], only: ['scale', 'load']})
    expect(parse([], {BENCH_QUICK: '0'}).quick).toBe(false)
  })

  it('takes the dataset from LOCAL_DATASET, and --warm/--cold override the mode', () => {
    expect(parse([], {LOCAL_DATASET: 'x.ndjson'}).dataset).toBe('x.ndjson')
    expect(parse(['--warm']).cold).toBe(false)
    expect(parse(['--quick', '--cold']).cold).toBe(true)
  })

  it('refuses what it cannot run: unknown sections, ports outside 3300-3399, bad numbers and sizes', () => {
    expect(() => parse(['--only', 'weight,speed'])).toThrow(/speed/)
    expect(() => parse(['--port', '3000'])).toThrow(/3300-3399/)
    expect(() => parse(['--duration', '0'])).toThrow(/duration/)
    expect(() => parse(['--nope'])).toThrow()
    expect(() => parseScale('50by20')).toThrow(/50by20/)
    expect(parseScale('2x10, 5X20')).toEqual([{policies: 2, revisions: 10}, {policies: 5, revisions: 20}])
    expect(parseOptions(['--help'], {})).toBe('help')
  })
})
