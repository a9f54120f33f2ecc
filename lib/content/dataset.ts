// Reads a dataset in `sanity dataset export` NDJSON format. Keep this module free of Next.js imports:
// the importer, the content checker and the benchmarks use it from plain Node.
import {readFileSync, existsSync} from 'node:fs'

export type SanityDocument = {_id: string; _type: string; [field: string]: unknown}

export type DatasetProblem = {line?: number; documentId?: string; field?: string; message: string}

export class DatasetNotFoundError extends Error {
  constructor(readonly path: string) {
    super(`Local dataset not found: ${path} (set LOCAL_DATASET to an NDJSON file exported with \`sanity dataset export\`)`)
    this.name = 'DatasetNotFoundError'
  }
}

/**
 * Parses NDJSON text. A line that is not JSON, or not a document with a string `_id` and `_type`, is skipped and
 * reported; every other line is kept. Later lines with the same `_id` replace earlier ones (as an import would).
 */
export function parseDataset(text: string): {documents: SanityDocument[]; problems: DatasetProblem[]} {
  const byId = new Map<string, SanityDocument>()
  const problems: DatasetProblem[] = []
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim()
    if (!line) return
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch (error) {
      problems.push({line: index + 1, message: `line ${index + 1} is not JSON (${(error as Error).message}); skipped`})
      return
    }
    if (!isDocument(value)) {
      problems.push({line: index + 1, message: `line ${index + 1} is not a document with a string _id and _type; skipped`})
      return
    }
    byId.set(value._id, value)
  })
  return {documents: [...byId.values()], problems}
}

export function readDataset(path: string): {documents: SanityDocument[]; problems: DatasetProblem[]} {
  if (!existsSync(path)) throw new DatasetNotFoundError(path)
  return parseDataset(readFileSync(path, 'utf8'))
}

function isDocument(value: unknown): value is SanityDocument {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const doc = value as Record<string, unknown>
  return typeof doc._id === 'string' && doc._id.length > 0 && typeof doc._type === 'string'
}
