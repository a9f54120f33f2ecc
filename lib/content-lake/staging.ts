// A transaction being built: reads see the store plus what the transaction already wrote; nothing reaches the
// store until every mutation or action succeeded (all or nothing, as the Content Lake does).
import {evaluate, parse} from 'groq-js'
import {LakeError} from './errors'
import type {Doc, Store} from './store'

export class Staging {
  readonly writes = new Map<string, Doc | null>()

  constructor(readonly store: Store) {}

  get(id: string): Doc | null {
    return this.writes.has(id) ? this.writes.get(id)! : (this.store.get(id) ?? null)
  }

  set(id: string, doc: Doc | null): void {
    if (doc && (typeof doc._type !== 'string' || !doc._type)) {
      throw LakeError.mutation(`Document "${id}" has no _type`, id, 'validationError')
    }
    this.writes.set(id, doc ? {...doc, _id: id} : null)
  }

  /** Every document as this transaction sees it (raw perspective). */
  documents(): Doc[] {
    const ids = new Set([...this.store.all().map((doc) => doc._id), ...this.writes.keys()])
    return [...ids].map((id) => this.get(id)).filter((doc): doc is Doc => doc !== null)
  }

  /** Ids of the documents a GROQ filter query (`*[…]`) selects, for query-based patches and deletes. */
  async select(query: string, params: Record<string, unknown> = {}): Promise<string[]> {
    let result: unknown
    try {
      result = await (await evaluate(parse(query, {params}), {dataset: this.documents(), params})).get()
    } catch (error) {
      throw new LakeError(400, {error: {description: `Invalid query: ${(error as Error).message}`, type: 'queryParseError', query}})
    }
    const docs = Array.isArray(result) ? result : [result]
    return docs.flatMap((doc) => (doc && typeof doc === 'object' && typeof (doc as Doc)._id === 'string' ? [(doc as Doc)._id] : []))
  }
}
