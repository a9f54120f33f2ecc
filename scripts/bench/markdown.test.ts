import {describe, expect, it} from 'vitest'
import {bytes, goalTable, median, ms, table} from './markdown'
import {parseDuration} from './next-build'
import {renderReport} from './report'

describe('markdown helpers', () => {
  it('builds a table with escaped pipes and right-aligned columns', () => {
    expect(table(['a', 'b'], [['x|y', 2]], ['l', 'r'])).toBe('| a | b |\n| --- | ---: |\n| x\\|y | 2 |')
  })
  it('formats sizes, durations and medians', () => {
    expect([bytes(512), bytes(2048), bytes(3 * 1024 * 1024)]).toEqual(['512 B', '2.0 KiB', '3.0 MiB'])
    expect([ms(250.4), ms(1500)]).toEqual(['250 ms', '1.50 s'])
    expect([median([3, 1, 2]), median([4, 1, 3, 2])]).toEqual([2, 2.5])
    expect(median([])).toBeNaN()
  })
  it('marks goals met, missed and not measured', () => {
    const out = goalTable([
      {what: 'a', goal: '≤ 1', measured: '0', met: true},
      {what: 'b', goal: '≤ 1', measured: '2', met: false},
      {what: 'c', goal: '≤ 1', measured: '-', met: undefined},
    ])
    expect(out).toContain('| a | ≤ 1 | 0 | yes |')
    expect(out).toContain('| b | ≤ 1 | 2 | **NO** |')
    expect(out).toContain('| c | ≤ 1 | - | not measured |')
  })
  it('reads the durations Next prints', () => {
    expect([parseDuration('28.4s'), parseDuration('2.3min'), parseDuration('1733ms'), parseDuration('soon')]).toEqual([28_400, 138_000, 1733, undefined])
  })
})

describe('renderReport', () => {
  it('spells out each missed goal and each broken section', () => {
    const report = renderReport({
      command: 'npm run bench',
      machine: '| | |',
      notes: [],
      totalMs: 60_000,
      sections: [
        {title: 'Load', body: 'numbers', goals: [{what: 'errors', goal: '0', measured: '3', met: false}]},
        {title: 'Scale', body: '', goals: [], error: 'build failed'},
      ],
    })
    expect(report).toContain('- Load, errors: measured 3, goal 0.')
    expect(report).toContain('**The bench itself failed in:** Scale (build failed)')
    expect(report).toContain('## 1. Load')
  })
})
