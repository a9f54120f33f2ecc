import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {documentEvents} from './history-events'
import {Store} from './store'
import {act, mutate} from './transact'

function emptyStore(): Store {
  const file = join(mkdtempSync(join(tmpdir(), 'lake-events-')), 'dataset.ndjson')
  writeFileSync(file, '')
  return new Store(file)
}

describe("a document group's events (the Studio's history pane)", () => {
  it('names create, publish, unpublish, discard and delete as Studio 6 does, newest first', async () => {
    const store = emptyStore()
    const created = await act(store, [{actionType: 'sanity.action.document.create', publishedId: 'a', attributes: {_id: 'drafts.a', _type: 'policy'}, ifExists: 'fail'}], {})
    const draftRev = store.get('drafts.a')!._rev
    const published = await act(store, [{actionType: 'sanity.action.document.publish', draftId: 'drafts.a', publishedId: 'a'}], {})
    const unpublished = await act(store, [{actionType: 'sanity.action.document.unpublish', draftId: 'drafts.a', publishedId: 'a'}], {})
    await act(store, [{actionType: 'sanity.action.document.discard', draftId: 'drafts.a'}], {})

    const events = documentEvents(store.history, 'drafts.a')
    expect(events.map((event) => event.type)).toEqual(['deleteDocumentVersion', 'unpublishDocument', 'publishDocumentVersion', 'createDocumentVersion'])
    expect(events.every((event) => event.documentId === 'a' && event.author && event.timestamp)).toBe(true)
    expect(events[3]).toMatchObject({versionId: 'drafts.a', versionRevisionId: created.transactionId})
    expect(events[2]).toMatchObject({revisionId: published.transactionId, versionId: 'drafts.a', versionRevisionId: draftRev, publishCause: 'document.publish'})
    expect(events[1]).toMatchObject({versionId: 'drafts.a', versionRevisionId: unpublished.transactionId})
    // The published id asks for the same group.
    expect(documentEvents(store.history, 'a')).toEqual(events)
  })

  it('a document written straight to its published id is created; deleting every copy deletes the group', async () => {
    const store = emptyStore()
    const {transactionId} = await mutate(store, [{createOrReplace: {_id: 'b', _type: 'policy'}}], {})
    await mutate(store, [{patch: {id: 'b', set: {order: 2}}}], {})
    await mutate(store, [{delete: {id: 'b'}}], {})
    const events = documentEvents(store.history, 'b')
    expect(events.map((event) => event.type)).toEqual(['deleteDocumentGroup', 'createDocumentVersion'])
    expect(events[1]).toMatchObject({versionId: 'b', revisionId: transactionId})
    expect(documentEvents(store.history, 'unrelated')).toEqual([])
  })
})
