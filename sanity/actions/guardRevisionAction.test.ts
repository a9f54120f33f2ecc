import {describe, expect, it} from 'vitest'
import type {DocumentActionComponent, DocumentActionProps} from 'sanity'
import {guardRevisionAction} from './guardRevisionAction'

function builtIn(action: 'publish' | 'duplicate'): DocumentActionComponent {
  const component: DocumentActionComponent = () => ({label: action, onHandle: () => {}})
  component.action = action
  return component
}

const props = (effectiveFrom: string) =>
  ({id: 'r1', type: 'policyRevision', draft: {_id: 'drafts.r1'}, published: {_id: 'r1', version: 1, effectiveFrom}}) as unknown as DocumentActionProps

describe('guardRevisionAction', () => {
  it('disables a guarded action on a revision in force, with the reason as its title', () => {
    const guarded = guardRevisionAction(builtIn('publish'))
    expect(guarded.action).toBe('publish')
    expect(guarded(props('2000-01-01'))).toEqual({
      label: 'publish',
      onHandle: undefined,
      disabled: true,
      title: expect.stringContaining('in force since 2000-01-01'),
    })
  })

  it('leaves it alone on an upcoming revision, and leaves unguarded actions alone', () => {
    expect(guardRevisionAction(builtIn('publish'))(props('2999-01-01'))).toEqual({label: 'publish', onHandle: expect.any(Function)})
    expect(guardRevisionAction(builtIn('duplicate'))(props('2000-01-01'))).toEqual({label: 'duplicate', onHandle: expect.any(Function)})
  })
})
