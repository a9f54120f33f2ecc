import {describe, expect, it} from 'vitest'
import {baseId, draftId, isPublishedId} from './ids'

describe('document ids', () => {
  it('finds the published id of drafts and release versions', () => {
    expect(baseId('abc')).toBe('abc')
    expect(baseId('drafts.abc')).toBe('abc')
    expect(baseId('versions.rSpring.abc')).toBe('abc')
    expect(draftId('versions.rSpring.abc')).toBe('drafts.abc')
    expect(isPublishedId('abc')).toBe(true)
    expect(isPublishedId('drafts.abc')).toBe(false)
    expect(isPublishedId('versions.r1.abc')).toBe(false)
  })
})
