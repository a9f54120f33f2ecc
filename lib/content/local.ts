import 'server-only'
import {statSync} from 'node:fs'
import {resolve} from 'node:path'
import {evaluate, parse} from 'groq-js'
import {isPublishedId, readDataset, type SanityDocument} from './dataset'
import {reportProblem} from './report'

type Loaded = {stamp: string; documents: SanityDocument[]}
let loaded: Loaded | undefined

/**
 * The published documents of the NDJSON dataset. Re-read when the file changes (a revalidated tag re-runs the
 * query, and the query sees the file as it is now), otherwise served from memory.
 */
function publishedDocuments(path: string): SanityDocument[] {
  const file = resolve(path)
  const stats = statSync(file, {throwIfNoEntry: false})
  const stamp = stats ? `${file}:${stats.mtimeMs}:${stats.size}` : ''
  if (loaded && loaded.stamp === stamp) return loaded.documents
  const {documents, problems} = readDataset(file)
  for (const problem of problems) reportProblem({documentId: `dataset ${path}`, message: problem.message})
  loaded = {stamp, documents: documents.filter((doc) => isPublishedId(doc._id))}
  return loaded.documents
}

export async function fetchLocal<T>(path: string, query: string, params: Record<string, unknown>): Promise<T> {
  const tree = parse(query, {params})
  const result = await evaluate(tree, {dataset: publishedDocuments(path), params})
  return (await result.get()) as T
}
