import {describe, expect, it} from 'vitest'
import {revisionStatus} from './revisionStatus'

const published = [
  {_id: 'r1', version: 1, effectiveFrom: '2023-01-01'},
  {_id: 'r2', version: 2, effectiveFrom: '2024-03-01'},
  {_id: 'r3', version: 3, effectiveFrom: '2025-09-01'},
]

describe('revisionStatus', () => {
  it('tells current, upcoming and archive apart relative to today in Almaty', () => {
    const today = '2025-06-15'
    expect(revisionStatus('r1', published, today)).toBe('archive')
    expect(revisionStatus('r2', published, today)).toBe('current')
    expect(revisionStatus('drafts.r3', published, today)).toBe('upcoming')
  })

  it('makes the upcoming revision current on its first day', () => {
    expect(revisionStatus('r3', published, '2025-09-01')).toBe('current')
    expect(revisionStatus('r2', published, '2025-09-01')).toBe('archive')
  })

  it('says when a revision was never published or cannot be placed', () => {
    expect(revisionStatus('drafts.r4', published, '2025-06-15')).toBe('unpublished')
    expect(revisionStatus('r5', [...published, {_id: 'r5', version: 5}], '2025-06-15')).toBe('undated')
  })
})
