// "Create next revision": the latest published revision of a policy, copied into a new draft to edit.
// Sections keep their `_key`s, so the site can match and diff them across versions.
import {baseId, draftId, isPublishedId} from '../../lib/content/ids'

export type RevisionStub = {_id: string; version?: unknown}

export type NextRevisionPlan =
  | {ok: true; sourceId: string; version: number}
  | {ok: false; reason: string; openId?: string}

const versionOf = (doc: RevisionStub) => (Number.isInteger(doc.version) ? (doc.version as number) : 0)

/** `revisions`: every copy (published and drafts) of the policy's revisions. */
export function planNextRevision(revisions: RevisionStub[]): NextRevisionPlan {
  const published = revisions.filter((doc) => isPublishedId(doc._id) && versionOf(doc) >= 1)
  if (published.length === 0) return {ok: false, reason: 'Publish a first revision of this policy before creating the next one'}
  const latest = published.reduce((a, b) => (versionOf(b) > versionOf(a) ? b : a))
  const publishedIds = new Set(published.map((doc) => doc._id))
  // A new revision already being drafted (never published) would collide with a second one.
  const pending = revisions.find(
    (doc) => doc._id.startsWith('drafts.') && !publishedIds.has(baseId(doc._id)) && versionOf(doc) > versionOf(latest),
  )
  if (pending) {
    return {
      ok: false,
      reason: `Version ${versionOf(pending)} is already being drafted: finish or delete that draft first`,
      openId: baseId(pending._id),
    }
  }
  return {ok: true, sourceId: latest._id, version: versionOf(latest) + 1}
}

/** The version a brand-new revision of the policy gets: one above any existing copy, or 1. */
export function nextVersionNumber(revisions: RevisionStub[]): number {
  return revisions.reduce((max, doc) => Math.max(max, versionOf(doc)), 0) + 1
}

type Source = Record<string, unknown> & {_type?: unknown; policy?: unknown; sections?: unknown}

/** The new draft: a deep copy of the source's sections; date and summary left for the editor to fill in. */
export function buildNextRevision(source: Source, newId: string, version: number): Record<string, unknown> {
  return {
    _id: draftId(newId),
    _type: 'policyRevision',
    policy: structuredClone(source.policy),
    version,
    requiresConsent: false,
    sections: structuredClone(Array.isArray(source.sections) ? source.sections : []),
  }
}
