import 'server-only'
import {createHash} from 'node:crypto'
import {mkdirSync, readFileSync, writeFileSync, renameSync} from 'node:fs'
import {join} from 'node:path'

// The last result each query returned, kept in memory and on disk, so that when the Content Lake is down the
// pages are rendered from the last good content instead of failing (a 5xx) or rendering empty.
const memory = new Map<string, unknown>()
const folder = join(process.env.NEXT_DIST_DIR || '.next', 'cache', 'last-good-content')

const fileFor = (key: string) => join(folder, `${createHash('sha256').update(key).digest('hex').slice(0, 32)}.json`)

export function remember(key: string, value: unknown): void {
  memory.set(key, value)
  try {
    mkdirSync(folder, {recursive: true})
    const file = fileFor(key)
    writeFileSync(`${file}.tmp`, JSON.stringify(value))
    renameSync(`${file}.tmp`, file)
  } catch {
    // A read-only file system keeps the memory copy only.
  }
}

export function remembered(key: string): boolean {
  return memory.has(key)
}

export function recall(key: string): {value: unknown} | undefined {
  if (memory.has(key)) return {value: memory.get(key)}
  try {
    return {value: JSON.parse(readFileSync(fileFor(key), 'utf8'))}
  } catch {
    return undefined
  }
}
