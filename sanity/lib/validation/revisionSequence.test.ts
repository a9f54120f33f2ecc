import {describe, expect, it} from 'vitest'
import {checkRevisionSequence, siblingRevisions} from './revisionSequence'

const codes = (problems: {code: string; field: string}[]) => problems.map((p) => `${p.field}:${p.code}`)

describe('siblingRevisions', () => {
  it('drops the candidate’s own copies and lets a pending draft stand for its revision', () => {
    const docs = [
      {_id: 'r1', version: 1, effectiveFrom: '2024-01-01'},
      {_id: 'r2', version: 2, effectiveFrom: '2024-06-01'},
      {_id: 'drafts.r2', version: 2, effectiveFrom: '2024-07-01'},
      {_id: 'drafts.r3', version: 3},
      {_id: 'versions.rel1.r1', version: 9},
    ]
    expect(siblingRevisions('drafts.r3', docs)).toEqual([
      {_id: 'r1', version: 1, effectiveFrom: '2024-01-01'},
      {_id: 'drafts.r2', version: 2, effectiveFrom: '2024-07-01'},
    ])
    expect(siblingRevisions('r1', docs).map((d) => d._id)).toEqual(['drafts.r2', 'drafts.r3'])
  })
})

describe('checkRevisionSequence', () => {
  const siblings = [
    {_id: 'r1', version: 1, effectiveFrom: '2024-01-01'},
    {_id: 'r2', version: 2, effectiveFrom: '2024-06-01'},
  ]

  it('accepts the next version on a later date', () => {
    expect(checkRevisionSequence({_id: 'r3', version: 3, effectiveFrom: '2025-01-01'}, siblings)).toEqual([])
  })

  it('rejects a version number already taken', () => {
    expect(codes(checkRevisionSequence({_id: 'r3', version: 2, effectiveFrom: '2025-01-01'}, siblings))).toContain(
      'version:version-taken',
    )
  })

  it('rejects a second revision on the same date', () => {
    expect(codes(checkRevisionSequence({_id: 'r3', version: 3, effectiveFrom: '2024-06-01'}, siblings))).toEqual([
      'effectiveFrom:date-taken',
    ])
  })

  it('rejects a later version dated before an earlier one, and an earlier one dated after a later one', () => {
    expect(codes(checkRevisionSequence({_id: 'r3', version: 3, effectiveFrom: '2024-03-01'}, siblings))).toEqual([
      'effectiveFrom:out-of-order',
    ])
    expect(codes(checkRevisionSequence({_id: 'r0', version: 1, effectiveFrom: '2024-09-01'}, [siblings[1]]))).toEqual([
      'effectiveFrom:out-of-order',
    ])
  })

  it('warns about a gap in the versions, including a first revision that is not version 1', () => {
    const gap = checkRevisionSequence({_id: 'r5', version: 5, effectiveFrom: '2026-01-01'}, siblings)
    expect(gap).toEqual([expect.objectContaining({field: 'version', level: 'warning', code: 'version-gap'})])
    expect(codes(checkRevisionSequence({_id: 'x', version: 2, effectiveFrom: '2026-01-01'}, []))).toEqual(['version:version-gap'])
    expect(checkRevisionSequence({_id: 'x', version: 1, effectiveFrom: '2026-01-01'}, [])).toEqual([])
  })

  it('leaves incomplete candidates to the required-field rules', () => {
    expect(checkRevisionSequence({_id: 'r3'}, siblings)).toEqual([])
    expect(checkRevisionSequence({_id: 'r3', version: 3, effectiveFrom: 'soon'}, siblings)).toEqual([])
  })
})
