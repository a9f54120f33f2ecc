// NDJSON as `sanity dataset import` reads it: one document per line, sorted by `_id` so output is stable.
import {renameSync, rmSync, writeFileSync} from 'node:fs'
import type {SanityDocument} from '@/lib/content/dataset'

export function toNdjson(documents: SanityDocument[]): string {
  const sorted = [...documents].sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0))
  return sorted.map((document) => JSON.stringify(document)).join('\n') + '\n'
}

/** Writes beside the target and renames, so a failed run never leaves a partial file. */
export function writeFileAtomic(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.tmp`
  try {
    writeFileSync(temporary, text)
    renameSync(temporary, path)
  } catch (error) {
    rmSync(temporary, {force: true})
    throw error
  }
}
