// Status of a revision as the site computes it (lib/revisions/timeline), for Studio previews.
import type {Revision, RevisionStatus} from '../../lib/content/types'
import {isIsoDay} from '../../lib/revisions/dates'
import {buildTimeline} from '../../lib/revisions/timeline'
import {baseId} from '../../lib/content/ids'

export type PublishedPoint = {_id: string; version?: unknown; effectiveFrom?: unknown}

/** `unpublished`: only a draft exists; `undated`: published without a valid version or date (never shown). */
export type StudioRevisionStatus = RevisionStatus | 'unpublished' | 'undated'

const isPlaceable = (p: PublishedPoint): p is PublishedPoint & {version: number; effectiveFrom: string} =>
  Number.isInteger(p.version) && (p.version as number) >= 1 && isIsoDay(p.effectiveFrom)

/** `published`: the policy's published revisions (ids without `drafts.`). */
export function revisionStatus(revisionId: string, published: PublishedPoint[], today: string): StudioRevisionStatus {
  const id = baseId(revisionId)
  const own = published.find((p) => p._id === id)
  if (!own) return 'unpublished'
  if (!isPlaceable(own)) return 'undated'
  const revisions = published.filter(isPlaceable).map(
    (p): Revision => ({
      id: p._id,
      policyId: '',
      version: p.version,
      effectiveFrom: p.effectiveFrom,
      summary: {},
      requiresConsent: false,
      sections: [],
      hash: {all: '', kk: '', ru: ''},
    }),
  )
  const entry = buildTimeline(revisions, today).entries.find((e) => e.revision.id === id)
  return entry?.status ?? 'undated'
}
