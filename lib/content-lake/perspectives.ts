// Which documents a query sees, by perspective, as the Content Lake decides it: `raw` every document, `published`
// no drafts or versions, `drafts` (alias `previewDrafts`) each draft in place of its published document, under the
// published id with `_originalId` naming the draft. API versions before 2025-02-19 default to `raw`, later to
// `published`. Release perspectives (`["rABC", "drafts"]`) read as `drafts`: releases are off here.
import {baseId, isPublishedId} from '../content/ids'
import type {Doc} from './store'

export type Perspective = 'raw' | 'published' | 'drafts'

export function perspectiveOf(requested: string | null | undefined, apiVersion: string): Perspective {
  const names = (requested ?? '').split(',').map((name) => name.trim()).filter(Boolean)
  if (names.length === 0) return apiVersion === '1' || apiVersion < '2025-02-19' ? 'raw' : 'published'
  if (names.length === 1 && names[0] === 'raw') return 'raw'
  if (names.length === 1 && names[0] === 'published') return 'published'
  return 'drafts'
}

export function view(docs: Doc[], perspective: Perspective): Doc[] {
  if (perspective === 'raw') return docs
  const published = docs.filter((doc) => isPublishedId(doc._id))
  if (perspective === 'published') return published
  const byId = new Map(published.map((doc) => [doc._id, doc]))
  for (const doc of docs) {
    if (!doc._id.startsWith('drafts.')) continue
    const id = baseId(doc._id)
    byId.set(id, {...doc, _id: id, _originalId: doc._id})
  }
  return [...byId.values()]
}
