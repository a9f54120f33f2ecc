// Problems found in content are logged once per process, naming the document and field, so a broken revision
// is visible in the build log without flooding it (every page of a policy reshapes the same documents).
import {createHash} from 'node:crypto'
import {closeSync, openSync} from 'node:fs'
import {join} from 'node:path'

const seen = new Set<string>()

export type ContentProblem = {documentId: string; field?: string; message: string}

/**
 * `next build` reshapes the same documents in several processes (collecting page data, then rendering), so each
 * would print every problem. With CONTENT_REPORT_ONCE_DIR set (a folder that is empty when the build starts),
 * a line is printed only by the process that first claims it there: creating a file with O_EXCL is atomic, so
 * the processes need no lock.
 */
function claimedByAnotherProcess(line: string): boolean {
  const folder = process.env.CONTENT_REPORT_ONCE_DIR
  if (!folder) return false
  try {
    closeSync(openSync(join(folder, createHash('sha256').update(line).digest('hex').slice(0, 32)), 'wx'))
    return false
  } catch (error) {
    // Any other failure (a missing folder, a read-only disk) prints the line rather than lose it.
    return (error as NodeJS.ErrnoException).code === 'EEXIST'
  }
}

export function reportProblem({documentId, field, message}: ContentProblem): void {
  const line = `[content] ${documentId}${field ? ` ${field}` : ''}: ${message}`
  if (seen.has(line)) return
  seen.add(line)
  if (claimedByAnotherProcess(line)) return
  console.warn(line)
}
