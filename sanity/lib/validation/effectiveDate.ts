// Dating a revision in the past rewrites what readers were bound by on those days: allowed (an archive being
// entered), but never by accident.
import {isIsoDay} from '../../../lib/revisions/dates'
import {isPublishedId} from '../../../lib/content/ids'
import {revisionLock} from '../revisionLock'

type Dated = {effectiveFrom?: unknown; version?: unknown}

export function effectiveDateProblem(effectiveFrom: unknown): string | null {
  if (effectiveFrom === undefined || effectiveFrom === null || effectiveFrom === '') return 'The effective date is required'
  return isIsoDay(effectiveFrom) ? null : 'Use a real calendar day, YYYY-MM-DD'
}

/** A warning for unpublished changes that date a revision before today (Almaty). */
export function retroactiveDateWarning(
  documentId: string,
  effectiveFrom: unknown,
  published: Dated | null | undefined,
  today: string,
): string | null {
  if (isPublishedId(documentId) || !isIsoDay(effectiveFrom) || effectiveFrom >= today) return null
  if (revisionLock(published, today).locked) return null // reported as an error by the document rule
  return `${effectiveFrom} is in the past: once published, this revision counts as in force since that day`
}
