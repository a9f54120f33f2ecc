import {describe, expect, it} from 'vitest'
import type {Revision} from '@/lib/content/types'
import {buildTimeline, previousVersion} from './timeline'

const revision = (version: number, effectiveFrom: string): Revision => ({
  id: `rev-${version}`,
  policyId: 'p',
  version,
  effectiveFrom,
  summary: {},
  requiresConsent: false,
  sections: [],
  hash: {all: '', kk: '', ru: ''},
})

describe('buildTimeline', () => {
  const revisions = [revision(1, '2024-01-01'), revision(2, '2025-01-01'), revision(3, '2026-01-01')]

  it('marks the latest revision in force as current, later ones upcoming, the rest archive', () => {
    const timeline = buildTimeline(revisions, '2025-06-01')
    expect(timeline.current?.version).toBe(2)
    expect(timeline.upcoming?.version).toBe(3)
    expect(timeline.entries.map((e) => [e.revision.version, e.status, e.inForceUntil])).toEqual([
      [3, 'upcoming', undefined],
      [2, 'current', undefined],
      [1, 'archive', '2024-12-31'],
    ])
    expect(timeline.problems).toEqual([])
  })

  it('switches on the effective day itself', () => {
    expect(buildTimeline(revisions, '2025-12-31').current?.version).toBe(2)
    expect(buildTimeline(revisions, '2026-01-01').current?.version).toBe(3)
    expect(buildTimeline(revisions, '2026-01-01').upcoming).toBeUndefined()
  })

  it('has no current revision before the first one takes effect', () => {
    const timeline = buildTimeline(revisions, '2023-01-01')
    expect(timeline.current).toBeUndefined()
    expect(timeline.upcoming?.version).toBe(1)
  })

  it('lets the higher version win a shared date and reports it', () => {
    const timeline = buildTimeline([revision(1, '2024-01-01'), revision(2, '2024-01-01')], '2025-01-01')
    expect(timeline.current?.version).toBe(2)
    expect(timeline.entries.find((e) => e.revision.version === 1)?.shadowed).toBe(true)
    expect(timeline.problems).toEqual([expect.stringContaining('rev-2: effectiveFrom 2024-01-01 is also the date of rev-1')])
  })

  it('reports a version gap and a version that takes effect before its predecessor', () => {
    const gap = buildTimeline([revision(1, '2024-01-01'), revision(3, '2025-01-01')], '2025-06-01')
    expect(gap.problems).toEqual([expect.stringContaining('version 3 follows version 1')])
    const backwards = buildTimeline([revision(1, '2025-01-01'), revision(2, '2024-01-01')], '2025-06-01')
    expect(backwards.problems).toEqual([expect.stringContaining('version 2 takes effect before version 1')])
  })

  it('finds the previous version', () => {
    const timeline = buildTimeline([revision(1, '2024-01-01'), revision(3, '2025-01-01')], '2025-06-01')
    expect(previousVersion(timeline, 3)).toBe(1)
    expect(previousVersion(timeline, 1)).toBeUndefined()
  })
})
