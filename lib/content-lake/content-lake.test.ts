import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {applyPatch} from 'mendoza'
import {describe, expect, it} from 'vitest'
import {LakeError} from './errors'
import {effects} from './effects'
import {perspectiveOf, view} from './perspectives'
import {Store, type Doc} from './store'
import {act, mutate} from './transact'

function storeWith(docs: Doc[]): Store {
  const file = join(mkdtempSync(join(tmpdir(), 'lake-')), 'dataset.ndjson')
  writeFileSync(file, docs.map((doc) => JSON.stringify(doc)).join('\n') + '\n')
  return new Store(file)
}

const policy: Doc = {_id: 'policy-privacy', _type: 'policy', _rev: 'r1', title: {kk: 'Құпиялылық', ru: 'Конфиденциальность'}, order: 1}

async function failure(promise: Promise<unknown>): Promise<LakeError> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught)
  expect(error).toBeInstanceOf(LakeError)
  return error as LakeError
}

describe('mutations', () => {
  it('creates, gives the transaction id as _rev and timestamps, and writes the file', async () => {
    const store = storeWith([])
    const answer = await mutate(store, [{create: {_id: 'drafts.a', _type: 'policy', title: {kk: 'A'}}}], {returnIds: true, returnDocuments: true})
    const doc = store.get('drafts.a')!
    expect(doc._rev).toBe(answer.transactionId)
    expect(doc._rev).toMatch(/^[A-Za-z0-9]{22}$/)
    expect(doc._createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
    expect(doc._updatedAt).toBe(doc._createdAt)
    expect(answer.documentIds).toEqual(['drafts.a'])
    expect(answer.results).toEqual([{id: 'drafts.a', operation: 'create', document: doc}])
    expect(JSON.parse(readFileSync(store.file, 'utf8').trim())).toEqual(doc)
  })

  it('refuses to create a document that exists (409), and createIfNotExists leaves it alone', async () => {
    const store = storeWith([policy])
    const error = await failure(mutate(store, [{create: {_id: 'policy-privacy', _type: 'policy'}}]))
    expect(error.status).toBe(409)
    const answer = await mutate(store, [{createIfNotExists: {_id: 'policy-privacy', _type: 'policy', order: 9}}])
    expect(answer.results).toEqual([{id: 'policy-privacy', operation: 'none'}])
    expect(store.get('policy-privacy')).toEqual(policy)
  })

  it('patches with the mutator: set, setIfMissing, inc, unset, insert, diffMatchPatch', async () => {
    const store = storeWith([{...policy, tags: ['a']}])
    await mutate(store, [
      {patch: {id: 'policy-privacy', set: {'title.kk': 'Құпиялылық саясаты'}, setIfMissing: {order: 5}, inc: {order: 2}}},
      {patch: {id: 'policy-privacy', insert: {after: 'tags[-1]', items: ['b']}, unset: ['title.ru']}},
      {patch: {id: 'policy-privacy', diffMatchPatch: {'title.kk': '@@ -14,6 +14,7 @@\n  саясат\n+ы\n'}}},
    ])
    const doc = store.get('policy-privacy')!
    expect(doc.title).toEqual({kk: 'Құпиялылық саясатыы'})
    expect(doc.order).toBe(3)
    expect(doc.tags).toEqual(['a', 'b'])
  })

  it('fails the whole transaction on a revision mismatch (409) and writes nothing', async () => {
    const store = storeWith([policy])
    const before = readFileSync(store.file, 'utf8')
    const error = await failure(
      mutate(store, [{create: {_id: 'other', _type: 'policy'}}, {patch: {id: 'policy-privacy', ifRevisionID: 'stale', set: {order: 2}}}]),
    )
    expect(error.status).toBe(409)
    expect(store.get('other')).toBeUndefined()
    expect(readFileSync(store.file, 'utf8')).toBe(before)
  })

  it('patches and deletes by query', async () => {
    const store = storeWith([policy, {_id: 'policy-terms', _type: 'policy'}, {_id: 'siteSettings', _type: 'siteSettings'}])
    await mutate(store, [{patch: {query: '*[_type == $type]', params: {type: 'policy'}, set: {order: 7}}}])
    expect(store.all().filter((doc) => doc.order === 7).map((doc) => doc._id)).toEqual(['policy-privacy', 'policy-terms'])
    await mutate(store, [{delete: {query: '*[_type == "policy"]'}}])
    expect(store.all().map((doc) => doc._id)).toEqual(['siteSettings'])
  })

  it('a patch on a missing document fails with its id', async () => {
    const error = await failure(mutate(storeWith([]), [{patch: {id: 'nope', set: {a: 1}}}]))
    expect(error.status).toBe(404)
    expect(error.message).toContain('"nope"')
  })
})

describe('actions', () => {
  it('edit makes the draft from the published document, publish replaces it and removes the draft', async () => {
    const store = storeWith([policy])
    await act(store, [{actionType: 'sanity.action.document.edit', draftId: 'drafts.policy-privacy', publishedId: 'policy-privacy', patch: {set: {order: 2}}}])
    expect(store.get('drafts.policy-privacy')).toMatchObject({_type: 'policy', order: 2, title: policy.title})
    expect(store.get('policy-privacy')!.order).toBe(1)
    const draftRev = store.get('drafts.policy-privacy')!._rev
    await act(store, [{actionType: 'sanity.action.document.publish', draftId: 'drafts.policy-privacy', publishedId: 'policy-privacy', ifDraftRevisionId: draftRev}])
    expect(store.get('drafts.policy-privacy')).toBeUndefined()
    expect(store.get('policy-privacy')).toMatchObject({order: 2, title: policy.title, _rev: expect.stringMatching(/^[A-Za-z0-9]{22}$/)})
    // Listeners get what the publish wrote as mutations the Studio can apply (not the action itself).
    const mutations = store.history.at(-1)?.mutations
    expect(mutations).toHaveLength(2)
    expect(mutations).toEqual(expect.arrayContaining([{delete: {id: 'drafts.policy-privacy'}}, {createOrReplace: store.get('policy-privacy')}]))
  })

  it('publish checks the published revision, unpublish keeps a draft, discard and delete remove', async () => {
    const store = storeWith([policy, {_id: 'drafts.policy-privacy', _type: 'policy', _rev: 'd1', order: 3}])
    const stale = await failure(act(store, {actionType: 'sanity.action.document.publish', draftId: 'drafts.policy-privacy', publishedId: 'policy-privacy', ifPublishedRevisionId: 'old'}))
    expect(stale.status).toBe(409)
    await act(store, {actionType: 'sanity.action.document.version.discard', versionId: 'drafts.policy-privacy'})
    expect(store.get('drafts.policy-privacy')).toBeUndefined()
    await act(store, {actionType: 'sanity.action.document.unpublish', draftId: 'drafts.policy-privacy', publishedId: 'policy-privacy'})
    expect(store.get('policy-privacy')).toBeUndefined()
    expect(store.get('drafts.policy-privacy')).toMatchObject({order: 1})
    await act(store, {actionType: 'sanity.action.document.delete', publishedId: 'policy-privacy', includeDrafts: ['drafts.policy-privacy']})
    expect(store.all()).toEqual([])
  })

  it('create refuses an existing draft unless ifExists is ignore; release actions are refused by name', async () => {
    const store = storeWith([{_id: 'drafts.x', _type: 'policy'}])
    expect((await failure(act(store, {actionType: 'sanity.action.document.create', publishedId: 'x', attributes: {_id: 'drafts.x', _type: 'policy'}, ifExists: 'fail'}))).status).toBe(409)
    await act(store, {actionType: 'sanity.action.document.create', publishedId: 'x', attributes: {_id: 'drafts.x', _type: 'policy'}, ifExists: 'ignore'})
    const release = await failure(act(store, {actionType: 'sanity.action.document.version.create', publishedId: 'x'}))
    expect(release.message).toContain('sanity.action.document.version.create')
  })
})

describe('store', () => {
  it('tells listeners each transaction with before and after, and keeps it for history', async () => {
    const store = storeWith([policy])
    const seen: string[] = []
    store.subscribe((transaction) => seen.push(...transaction.changes.map((change) => `${change.id}:${change.before?._rev}->${change.after?._rev}`)))
    const {transactionId} = await mutate(store, [{patch: {id: 'policy-privacy', set: {order: 2}}}])
    expect(seen).toEqual([`policy-privacy:r1->${transactionId}`])
    expect(store.history.map((transaction) => transaction.id)).toEqual([transactionId])
  })

  it('reads the file again when something else replaced it (the reset command)', async () => {
    const store = storeWith([policy])
    await mutate(store, [{patch: {id: 'policy-privacy', set: {order: 3}}}])
    let replaced = 0
    const seen: string[][] = []
    store.onReplaced(() => (replaced += 1))
    store.subscribe((transaction) => seen.push(transaction.changes.map((change) => `${change.id}:${change.after ? 'now' : 'gone'}`)))
    writeFileSync(store.file, JSON.stringify({_id: 'siteSettings', _type: 'siteSettings'}) + '\n')
    await mutate(store, [{patch: {id: 'siteSettings', set: {a: 1}}}])
    expect(store.all().map((doc) => doc._id)).toEqual(['siteSettings'])
    // The history of the old file is gone (it would show the Studio revisions of documents that no longer exist),
    // and listeners were told to start over.
    expect(store.history.map((transaction) => transaction.changes.map((change) => change.id))).toEqual([['siteSettings']])
    expect(replaced).toBe(1)
    // Subscribers (the site's webhook) heard what the new file changed, then the patch.
    expect(seen).toEqual([['policy-privacy:gone', 'siteSettings:now'], ['siteSettings:now']])
  })
})

describe('perspectives', () => {
  const docs: Doc[] = [policy, {_id: 'drafts.policy-privacy', _type: 'policy', order: 2}, {_id: 'drafts.new', _type: 'policy'}]

  it('defaults by API version: raw before 2025-02-19, published from then on', () => {
    expect(perspectiveOf(undefined, '2021-06-07')).toBe('raw')
    expect(perspectiveOf(undefined, '1')).toBe('raw')
    expect(perspectiveOf('', '2025-02-19')).toBe('published')
    expect(perspectiveOf('previewDrafts', '2025-02-19')).toBe('drafts')
    expect(perspectiveOf('rABC,drafts', '2025-02-19')).toBe('drafts')
  })

  it('published hides drafts; drafts puts each draft in place of its document with _originalId', () => {
    expect(view(docs, 'published').map((doc) => doc._id)).toEqual(['policy-privacy'])
    expect(view(docs, 'raw')).toHaveLength(3)
    expect(view(docs, 'drafts')).toEqual([
      {_id: 'policy-privacy', _type: 'policy', order: 2, _originalId: 'drafts.policy-privacy'},
      {_id: 'new', _type: 'policy', _originalId: 'drafts.new'},
    ])
  })
})

describe('mendoza effects', () => {
  const before: Doc = {...policy, tags: ['a']}
  const after: Doc = {_id: 'policy-privacy', _type: 'policy', _rev: 'r2', title: {kk: 'Жаңа'}, order: 1, slug: {current: 'privacy'}}

  it('apply turns before into after and revert turns it back (checked by mendoza, the Studio decoder)', () => {
    const {apply, revert} = effects(before, after)
    const strip = ({_rev: _ignored, ...rest}: Doc) => rest
    expect(applyPatch(strip(before), apply)).toEqual(strip(after))
    expect(applyPatch(strip(after), revert)).toEqual(strip(before))
  })

  it('creation and deletion are whole values', () => {
    expect(applyPatch(null, effects(null, after).apply)).toEqual({_id: 'policy-privacy', _type: 'policy', title: {kk: 'Жаңа'}, order: 1, slug: {current: 'privacy'}})
    expect(applyPatch({a: 1}, effects(before, null).apply)).toBeNull()
  })
})
