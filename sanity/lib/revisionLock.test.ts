import {describe, expect, it} from 'vitest'
import {isInForce, isLockedDocument, lockedCopyProblem, revisionLock} from './revisionLock'

const today = '2025-06-15'

describe('isInForce', () => {
  it('is true from the effective day on', () => {
    expect(isInForce('2025-06-15', today)).toBe(true)
    expect(isInForce('2020-01-01', today)).toBe(true)
    expect(isInForce('2025-06-16', today)).toBe(false)
    expect(isInForce(undefined, today)).toBe(false)
    expect(isInForce('2025-02-30', today)).toBe(false)
  })
})

describe('revisionLock', () => {
  it('locks a published revision in force, with a reason', () => {
    expect(revisionLock({effectiveFrom: '2025-01-01', version: 3}, today)).toEqual({
      locked: true,
      reason: expect.stringContaining('Version 3 is in force since 2025-01-01'),
    })
  })

  it('leaves unpublished and upcoming revisions editable', () => {
    expect(revisionLock(null, today)).toEqual({locked: false})
    expect(revisionLock({effectiveFrom: '2025-06-16'}, today)).toEqual({locked: false})
  })
})

describe('isLockedDocument', () => {
  it('locks the published copy in the form, never a draft', () => {
    expect(isLockedDocument({_id: 'r1', effectiveFrom: '2025-06-15'}, today)).toBe(true)
    expect(isLockedDocument({_id: 'drafts.r1', effectiveFrom: '2025-06-15'}, today)).toBe(false)
    expect(isLockedDocument({_id: 'r1', effectiveFrom: '2025-06-16'}, today)).toBe(false)
    expect(isLockedDocument(undefined, today)).toBe(false)
  })
})

describe('lockedCopyProblem', () => {
  it('rejects a draft or release copy of a revision in force', () => {
    expect(lockedCopyProblem('drafts.r1', {effectiveFrom: '2025-01-01'}, today)).toMatch(/Discard/)
    expect(lockedCopyProblem('versions.rX.r1', {effectiveFrom: '2025-01-01'}, today)).not.toBeNull()
  })

  it('accepts the published copy itself and copies of revisions not yet in force', () => {
    expect(lockedCopyProblem('r1', {effectiveFrom: '2025-01-01'}, today)).toBeNull()
    expect(lockedCopyProblem('drafts.r1', {effectiveFrom: '2025-07-01'}, today)).toBeNull()
    expect(lockedCopyProblem('drafts.r1', null, today)).toBeNull()
  })
})
