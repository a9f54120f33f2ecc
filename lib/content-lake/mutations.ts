// `/data/mutate`: create, createOrReplace, createIfNotExists, delete and patch (by id or by query), applied with
// @sanity/mutator, Sanity's own mutation and patch engine (set, unset, insert, inc, dec, setIfMissing,
// diffMatchPatch …). `ifRevisionID` guards a patch: a document at another revision fails the whole transaction.
import {Mutation} from '@sanity/mutator'
import {randomUUID} from 'node:crypto'
import {LakeError} from './errors'
import {Staging} from './staging'
import type {Doc} from './store'

export type MutationResult = {id: string; operation: 'create' | 'update' | 'delete' | 'none'}

type Patch = {id?: string; query?: string; params?: Record<string, unknown>; ifRevisionID?: string; [operation: string]: unknown}
type RawMutation = {
  create?: Partial<Doc>
  createOrReplace?: Partial<Doc>
  createIfNotExists?: Partial<Doc>
  delete?: {id?: string; query?: string; params?: Record<string, unknown>}
  patch?: Patch
}

/** A new document's id: given, generated (`_id` missing), or a prefix ending in a dot (`drafts.`) completed. */
function documentId(doc: Partial<Doc>): string {
  const id = doc._id
  if (id === undefined) return randomUUID()
  if (typeof id !== 'string' || !id) throw LakeError.badRequest('_id must be a non-empty string')
  return id.endsWith('.') ? `${id}${randomUUID()}` : id
}

function applyWithMutator(doc: Doc | null, mutation: RawMutation): Doc | null {
  // The mutator changes the object it is given: hand it a copy.
  const copy = (value: unknown) => structuredClone(value)
  return new Mutation({mutations: [copy(mutation)] as never}).apply(doc ? (copy(doc) as Doc) : null) as Doc | null
}

async function targets(staging: Staging, selector: {id?: string; query?: string; params?: Record<string, unknown>}): Promise<string[]> {
  if (typeof selector.id === 'string' && selector.id) return [selector.id]
  if (typeof selector.query === 'string') return staging.select(selector.query, selector.params)
  throw LakeError.badRequest('a patch or delete needs an id or a query')
}

async function applyOne(staging: Staging, mutation: RawMutation, results: MutationResult[]): Promise<void> {
  const kinds = Object.keys(mutation)
  if (kinds.length !== 1) throw LakeError.badRequest(`a mutation holds exactly one operation, got: ${kinds.join(', ') || 'none'}`)
  if (mutation.create || mutation.createOrReplace || mutation.createIfNotExists) {
    const body = (mutation.create ?? mutation.createOrReplace ?? mutation.createIfNotExists)!
    const id = documentId(body)
    if (typeof body._type !== 'string' || !body._type) throw LakeError.mutation(`Document "${id}" has no _type`, id, 'validationError')
    const existing = staging.get(id)
    if (existing && mutation.create) throw LakeError.mutation(`Document by ID "${id}" already exists`, id, 'documentAlreadyExistsError')
    if (existing && mutation.createIfNotExists) {
      results.push({id, operation: 'none'})
      return
    }
    const {_rev: _ignored, ...fields} = body
    const kind = mutation.create ? 'create' : mutation.createOrReplace ? 'createOrReplace' : 'createIfNotExists'
    staging.set(id, applyWithMutator(null, {[kind]: {...fields, _id: id}}))
    results.push({id, operation: existing ? 'update' : 'create'})
    return
  }
  if (mutation.delete) {
    for (const id of await targets(staging, mutation.delete)) {
      staging.set(id, null)
      results.push({id, operation: 'delete'})
    }
    return
  }
  if (mutation.patch) {
    const {id: _id, query: _query, params: _params, ifRevisionID, ...operations} = mutation.patch
    const ids = await targets(staging, mutation.patch)
    for (const id of ids) {
      const doc = staging.get(id)
      if (!doc) throw LakeError.mutation(`Document "${id}" not found`, id, 'documentNotFoundError', 404)
      if (ifRevisionID !== undefined && doc._rev !== ifRevisionID) {
        throw LakeError.mutation(`Document "${id}" has unexpected revision ID ("${doc._rev}"), expected "${ifRevisionID}"`, id, 'conflictError')
      }
      let patched: Doc | null
      try {
        patched = applyWithMutator(doc, {patch: {...operations, id}})
      } catch (error) {
        throw LakeError.mutation(`Patch on "${id}" failed: ${(error as Error).message}`, id, 'patchError', 400)
      }
      staging.set(id, patched ? {...patched, _id: id, _type: doc._type} : doc)
      results.push({id, operation: 'update'})
    }
    return
  }
  throw LakeError.badRequest(`unknown mutation: ${kinds[0]}`)
}

/** Applies `mutations` in order to a staging copy; throws (and writes nothing) on the first that fails. */
export async function applyMutations(staging: Staging, mutations: unknown): Promise<MutationResult[]> {
  if (!Array.isArray(mutations)) throw LakeError.badRequest('"mutations" must be an array')
  const results: MutationResult[] = []
  for (const mutation of mutations) {
    if (!mutation || typeof mutation !== 'object') throw LakeError.badRequest('each mutation must be an object')
    await applyOne(staging, mutation as RawMutation, results)
  }
  return results
}
