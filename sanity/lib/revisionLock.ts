// Once in force, a revision never changes (README: Content model). Only the published copy can be in force: a draft of
// a revision that was never published stays editable whatever its date.
import {isIsoDay} from '../../lib/revisions/dates'
import {isPublishedId} from '../../lib/content/ids'

type Dated = {effectiveFrom?: unknown; version?: unknown}

/** In force from 00:00 Asia/Almaty on `effectiveFrom`; `today` is an Almaty day (`almatyToday()`). */
export function isInForce(effectiveFrom: unknown, today: string): effectiveFrom is string {
  return isIsoDay(effectiveFrom) && effectiveFrom <= today
}

export type RevisionLock = {locked: false} | {locked: true; reason: string}

export function revisionLock(published: Dated | null | undefined, today: string): RevisionLock {
  if (!published || !isInForce(published.effectiveFrom, today)) return {locked: false}
  const version = typeof published.version === 'number' ? `Version ${published.version}` : 'This revision'
  return {
    locked: true,
    reason: `${version} is in force since ${published.effectiveFrom} and can no longer change. Use "Create next revision" instead.`,
  }
}

/** For `readOnly` callbacks, which only see the document in the form: the published copy itself. */
export function isLockedDocument(document: (Dated & {_id?: unknown}) | undefined, today: string): boolean {
  return typeof document?._id === 'string' && isPublishedId(document._id) && isInForce(document.effectiveFrom, today)
}

/** A draft or release copy of a revision already in force: it can only be discarded, never published. */
export function lockedCopyProblem(documentId: string, published: Dated | null | undefined, today: string): string | null {
  if (isPublishedId(documentId)) return null
  const lock = revisionLock(published, today)
  return lock.locked ? `${lock.reason} Discard these unpublished changes.` : null
}
