// Which built-in document actions stay available. Pure: the Studio wrappers only pass in what they know.
import {revisionLock} from '../lib/revisionLock'

export type ActionDecision = {kind: 'keep'} | {kind: 'disable'; reason: string} | {kind: 'remove'}

/**
 * Actions that would change or remove a revision in force. `discardChanges` is deliberately not here: the form of
 * a revision in force is read-only, so a draft of one can only be a leftover (edits to an upcoming revision that
 * came into force unpublished, or an API write). It can never be published, and discarding it is the only way to
 * clear it; discarding never touches the published revision.
 */
export const LOCKED_REVISION_ACTIONS = ['publish', 'unpublish', 'delete', 'restore', 'schedule', 'unpublishVersion'] as const

type Dated = {effectiveFrom?: unknown; version?: unknown}

export function decideRevisionAction(action: string | undefined, published: Dated | null | undefined, today: string): ActionDecision {
  if (!action || !(LOCKED_REVISION_ACTIONS as readonly string[]).includes(action)) return {kind: 'keep'}
  const lock = revisionLock(published, today)
  return lock.locked ? {kind: 'disable', reason: lock.reason} : {kind: 'keep'}
}

/** The site settings document is a singleton with a fixed id: it is edited and published, never removed or copied. */
export const SINGLETON_REMOVED_ACTIONS = ['delete', 'duplicate', 'unpublish'] as const

export function decideSingletonAction(action: string | undefined): ActionDecision {
  return action && (SINGLETON_REMOVED_ACTIONS as readonly string[]).includes(action) ? {kind: 'remove'} : {kind: 'keep'}
}
