import {describe, expect, it} from 'vitest'
import {decideRevisionAction, decideSingletonAction} from './actionDecisions'

const today = '2025-06-15'
const inForce = {effectiveFrom: '2025-01-01', version: 2}
const upcoming = {effectiveFrom: '2025-07-01', version: 3}

describe('decideRevisionAction', () => {
  it('disables publishing, unpublishing and deleting a revision in force, with a reason', () => {
    for (const action of ['publish', 'unpublish', 'delete', 'restore', 'schedule']) {
      expect(decideRevisionAction(action, inForce, today)).toEqual({kind: 'disable', reason: expect.stringContaining('in force')})
    }
  })

  it('keeps every action for upcoming and never-published revisions', () => {
    for (const action of ['publish', 'unpublish', 'delete']) {
      expect(decideRevisionAction(action, upcoming, today)).toEqual({kind: 'keep'})
      expect(decideRevisionAction(action, null, today)).toEqual({kind: 'keep'})
    }
  })

  it('keeps discarding a leftover draft and duplicating', () => {
    expect(decideRevisionAction('discardChanges', inForce, today)).toEqual({kind: 'keep'})
    expect(decideRevisionAction('duplicate', inForce, today)).toEqual({kind: 'keep'})
    expect(decideRevisionAction(undefined, inForce, today)).toEqual({kind: 'keep'})
  })
})

describe('decideSingletonAction', () => {
  it('removes delete, duplicate and unpublish from site settings, and keeps publishing', () => {
    expect(decideSingletonAction('delete')).toEqual({kind: 'remove'})
    expect(decideSingletonAction('duplicate')).toEqual({kind: 'remove'})
    expect(decideSingletonAction('unpublish')).toEqual({kind: 'remove'})
    expect(decideSingletonAction('publish')).toEqual({kind: 'keep'})
  })
})
