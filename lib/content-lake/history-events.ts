// The events API the Studio's history pane reads (`/data/history/{dataset}/events/documents/{id}`), derived from
// the lake's transaction log: what happened to a document group (its published copy and its draft) as Studio 6's
// event types name it. Edits to a draft are not events here: the Studio derives them from /history/transactions.
// Shapes: node_modules/sanity (BaseEvent, CreateDocumentVersionEvent, PublishDocumentVersionEvent, …).
import type {Change, Transaction} from './store'

export type DocumentEvent = {
  type: 'createDocumentVersion' | 'publishDocumentVersion' | 'unpublishDocument' | 'deleteDocumentVersion' | 'deleteDocumentGroup'
  documentId: string
  timestamp: string
  author: string
  versionId?: string
  versionRevisionId?: string
  revisionId?: string
  publishCause?: 'document.publish'
}

const baseOf = (id: string) => (id.startsWith('drafts.') ? id.slice('drafts.'.length) : id)

/** The group's events, newest first, in the transactions still kept. */
export function documentEvents(history: readonly Transaction[], documentId: string): DocumentEvent[] {
  const publishedId = baseOf(documentId)
  const draftId = `drafts.${publishedId}`
  const events: DocumentEvent[] = []
  for (const transaction of history) {
    const published = transaction.changes.find((change) => change.id === publishedId)
    const draft = transaction.changes.find((change) => change.id === draftId)
    if (!published && !draft) continue
    const at = {documentId: publishedId, timestamp: transaction.timestamp, author: transaction.author}
    const event = eventOf(transaction.id, published, draft, draftId, at)
    if (event) events.push(event)
  }
  return events.toReversed()
}

function eventOf(
  transactionId: string,
  published: Change | undefined,
  draft: Change | undefined,
  draftId: string,
  at: Pick<DocumentEvent, 'documentId' | 'timestamp' | 'author'>,
): DocumentEvent | undefined {
  const appears = (change?: Change) => Boolean(change && !change.before && change.after)
  const goes = (change?: Change) => Boolean(change && change.before && !change.after)
  if (published?.after && goes(draft)) {
    return {...at, type: 'publishDocumentVersion', revisionId: transactionId, versionId: draftId, versionRevisionId: draft?.before?._rev, publishCause: 'document.publish'}
  }
  if (goes(published) && appears(draft)) return {...at, type: 'unpublishDocument', versionId: draftId, versionRevisionId: transactionId}
  if (goes(published) && (goes(draft) || !draft)) return {...at, type: 'deleteDocumentGroup'}
  if (appears(draft)) return {...at, type: 'createDocumentVersion', versionId: draftId, versionRevisionId: transactionId}
  if (goes(draft)) return {...at, type: 'deleteDocumentVersion', versionId: draftId, versionRevisionId: draft?.before?._rev ?? transactionId}
  if (appears(published)) {
    return {...at, type: 'createDocumentVersion', versionId: at.documentId, versionRevisionId: transactionId, revisionId: transactionId}
  }
  return undefined
}
