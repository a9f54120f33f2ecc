// The local Content Lake's documents: an NDJSON file (`sanity dataset export` format) held in memory, written back
// atomically after every transaction. Every transaction gets an id that becomes the `_rev` of each document it
// writes, as in Sanity's Content Lake, and is kept (the most recent ones, in memory) for the history endpoints
// and announced to listeners.
import {randomBytes} from 'node:crypto'
import {mkdirSync, renameSync, statSync, writeFileSync} from 'node:fs'
import {dirname} from 'node:path'
import {readDataset} from '../content/dataset'
import {effects} from './effects'

export type Doc = {_id: string; _type: string; _rev?: string; _createdAt?: string; _updatedAt?: string; [field: string]: unknown}

export type Change = {id: string; before: Doc | null; after: Doc | null}

export type Transaction = {
  id: string
  timestamp: string
  author: string
  changes: Change[]
  /** The mutations as the client sent them (or as the actions were carried out). */
  mutations: unknown[]
}

/** Sanity's revision ids: 22 characters of [A-Za-z0-9]. */
export function newRevisionId(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
  return [...randomBytes(22)].map((byte) => alphabet[byte % alphabet.length]).join('')
}

/** Sanity writes timestamps to the second: `2026-12-02T04:14:22Z`. */
export function timestamp(date = new Date()): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

export const LOCAL_EDITOR_ID = 'local-editor'
const HISTORY_LIMIT = 500

export class Store {
  private docs = new Map<string, Doc>()
  private stamp = ''
  private listeners = new Set<(transaction: Transaction) => void>()
  readonly history: Transaction[] = []

  constructor(readonly file: string) {
    this.reload()
  }

  private replacedListeners = new Set<() => void>()

  /**
   * Reads the file again when something else wrote it (the reset command, an editor, a new export). Its history no
   * longer leads to what the file holds, so it is dropped, and whoever follows the documents is told to start over.
   */
  refresh(): void {
    if (this.fileStamp() === this.stamp) return
    const before = this.docs
    this.reload()
    this.history.length = 0
    // What changed reaches subscribers as one transaction (the site's webhook revalidates those pages), not history.
    const changes: Change[] = []
    for (const id of new Set([...before.keys(), ...this.docs.keys()])) {
      const [was, is] = [before.get(id) ?? null, this.docs.get(id) ?? null]
      if (JSON.stringify(was) !== JSON.stringify(is)) changes.push({id, before: was, after: is})
    }
    if (changes.length) {
      const mutations = changes.map((change) => (change.after ? {createOrReplace: change.after} : {delete: {id: change.id}}))
      const transaction: Transaction = {id: newRevisionId(), timestamp: timestamp(), author: LOCAL_EDITOR_ID, changes, mutations}
      for (const listener of this.listeners) listener(transaction)
    }
    for (const listener of this.replacedListeners) listener()
  }

  /** Called when the file was replaced from outside (see `refresh`): listeners drop their connection and refetch. */
  onReplaced(listener: () => void): () => void {
    this.replacedListeners.add(listener)
    return () => this.replacedListeners.delete(listener)
  }

  get(id: string): Doc | undefined {
    return this.docs.get(id)
  }

  all(): Doc[] {
    return [...this.docs.values()]
  }

  subscribe(listener: (transaction: Transaction) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /**
   * Writes `next` (document id → new value, or null to delete) as one transaction: all of it or, when the file
   * cannot be written, none of it. Documents that did not change are left out; an empty transaction is not kept.
   */
  commit(next: Map<string, Doc | null>, mutations: unknown[] | ((changes: Change[]) => unknown[]), transactionId = newRevisionId()): Transaction {
    const now = timestamp()
    const changes: Change[] = []
    for (const [id, value] of next) {
      const before = this.docs.get(id) ?? null
      if (!before && !value) continue
      const after = value ? {...value, _id: id, _rev: transactionId, _createdAt: before?._createdAt ?? now, _updatedAt: now} : null
      changes.push({id, before, after})
    }
    const transaction: Transaction = {
      id: transactionId,
      timestamp: now,
      author: LOCAL_EDITOR_ID,
      changes,
      mutations: typeof mutations === 'function' ? mutations(changes) : mutations,
    }
    if (changes.length === 0) return transaction
    const previous = new Map(this.docs)
    for (const {id, after} of changes) {
      if (after) this.docs.set(id, after)
      else this.docs.delete(id)
    }
    try {
      this.persist()
    } catch (error) {
      this.docs = previous
      throw error
    }
    this.history.push(transaction)
    if (this.history.length > HISTORY_LIMIT) this.history.splice(0, this.history.length - HISTORY_LIMIT)
    for (const listener of this.listeners) listener(transaction)
    return transaction
  }

  private reload(): void {
    this.docs = new Map(readDataset(this.file).documents.map((doc) => [doc._id, doc as Doc]))
    this.stamp = this.fileStamp()
  }

  private persist(): void {
    mkdirSync(dirname(this.file), {recursive: true})
    const temporary = `${this.file}.${process.pid}.tmp`
    writeFileSync(temporary, this.all().map((doc) => JSON.stringify(doc)).join('\n') + '\n')
    renameSync(temporary, this.file)
    this.stamp = this.fileStamp()
  }

  private fileStamp(): string {
    const stats = statSync(this.file, {throwIfNoEntry: false})
    return stats ? `${stats.mtimeMs}:${stats.size}:${stats.ino}` : ''
  }
}

/** The effects of a change as the listener and history endpoints send them. */
export function changeEffects(change: Change) {
  return effects(change.before, change.after)
}
