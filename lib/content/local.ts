import 'server-only'
import {statSync} from 'node:fs'
import {resolve} from 'node:path'
import {evaluate, parse} from 'groq-js'
import {readDataset, type SanityDocument} from './dataset'
import {isPublishedId} from './ids'
import {reportProblem} from './report'

type Loaded = {stamp: string; published: SanityDocument[]; withDrafts: SanityDocument[]}
let loaded: Loaded | undefined

/** Drafts replace their published document, under the published id (what an editor previews). */
function overlayDrafts(documents: SanityDocument[]): SanityDocument[] {
  const byId = new Map(documents.filter((doc) => isPublishedId(doc._id)).map((doc) => [doc._id, doc]))
  for (const doc of documents) {
    if (doc._id.startsWith('drafts.')) {
      const id = doc._id.slice('drafts.'.length)
      byId.set(id, {...doc, _id: id})
    }
  }
  return [...byId.values()]
}

/**
 * The dataset's documents, re-read when the file changes (a revalidated tag re-runs the query, and the query
 * sees the file as it is now), otherwise served from memory.
 */
function documents(path: string, drafts: boolean): SanityDocument[] {
  const file = resolve(path)
  const stats = statSync(file, {throwIfNoEntry: false})
  const stamp = stats ? `${file}:${stats.mtimeMs}:${stats.size}` : ''
  if (!loaded || loaded.stamp !== stamp) {
    const {documents: all, problems} = readDataset(file)
    for (const problem of problems) reportProblem({documentId: `dataset ${path}`, message: problem.message})
    loaded = {stamp, published: all.filter((doc) => isPublishedId(doc._id)), withDrafts: overlayDrafts(all)}
  }
  return drafts ? loaded.withDrafts : loaded.published
}

export async function fetchLocal<T>(path: string, query: string, params: Record<string, unknown>, drafts = false): Promise<T> {
  const tree = parse(query, {params})
  const result = await evaluate(tree, {dataset: documents(path, drafts), params})
  return (await result.get()) as T
}
