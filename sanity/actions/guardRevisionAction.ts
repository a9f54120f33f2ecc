// Wraps a built-in action so it is disabled, with the reason as its tooltip, on a revision in force.
import type {DocumentActionComponent} from 'sanity'
import {almatyToday} from '../../lib/revisions/dates'
import {decideRevisionAction} from './actionDecisions'

export function guardRevisionAction(original: DocumentActionComponent): DocumentActionComponent {
  const Guarded: DocumentActionComponent = (props) => {
    // Called unconditionally: the built-in action is a hook.
    const description = original(props)
    const published = props.published as {effectiveFrom?: unknown; version?: unknown} | null
    const decision = decideRevisionAction(original.action, published, almatyToday())
    if (!description || decision.kind === 'keep') return description
    if (decision.kind === 'remove') return null
    return {...description, disabled: true, title: decision.reason, onHandle: undefined}
  }
  Guarded.action = original.action
  Guarded.displayName = `Guarded(${original.displayName ?? original.action ?? 'action'})`
  return Guarded
}
