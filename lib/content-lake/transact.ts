// One request to `/data/mutate` or `/data/actions` as one transaction: applied to a staging copy, then written to
// the store whole, or not at all when any mutation or action fails.
import {applyActions} from './actions'
import {applyMutations, type MutationResult} from './mutations'
import {Staging} from './staging'
import type {Change, Doc, Store, Transaction} from './store'

function writtenAsMutations(changes: Change[]): unknown[] {
  return changes.map((change) => (change.after ? {createOrReplace: change.after} : {delete: {id: change.id}}))
}

export type MutateOptions = {transactionId?: string; returnIds?: boolean; returnDocuments?: boolean; dryRun?: boolean}

/** What `/data/mutate` answers: `{transactionId, results}`, with `documentIds` and each result's document on request. */
export async function mutate(store: Store, mutations: unknown, options: MutateOptions = {}) {
  store.refresh()
  const staging = new Staging(store)
  const results = await applyMutations(staging, mutations)
  const transaction = options.dryRun ? undefined : store.commit(staging.writes, mutations as unknown[], options.transactionId)
  const written = (id: string): Doc | null => (transaction ? (store.get(id) ?? null) : staging.get(id))
  return {
    transactionId: transaction?.id ?? options.transactionId ?? '',
    results: results.map((result: MutationResult) =>
      options.returnDocuments && result.operation !== 'delete' ? {...result, document: written(result.id)} : result,
    ),
    ...(options.returnIds ? {documentIds: [...new Set(results.map((result) => result.id))]} : {}),
  }
}

/** What `/data/actions` answers: `{transactionId}`. */
export async function act(store: Store, actions: unknown, options: {transactionId?: string; dryRun?: boolean} = {}): Promise<{transactionId: string; transaction?: Transaction}> {
  store.refresh()
  const staging = new Staging(store)
  await applyActions(staging, actions)
  if (options.dryRun) return {transactionId: options.transactionId ?? ''}
  // Listeners and history carry mutations, as the hosted API sends them for an action: what it wrote, document by document.
  const transaction = store.commit(staging.writes, writtenAsMutations, options.transactionId)
  return {transactionId: transaction.id, transaction}
}
