// Problems found in content are logged once per process, naming the document and field, so a broken revision
// is visible in the build log without flooding it (every page of a policy reshapes the same documents).
const seen = new Set<string>()

export type ContentProblem = {documentId: string; field?: string; message: string}

export function reportProblem({documentId, field, message}: ContentProblem): void {
  const line = `[content] ${documentId}${field ? ` ${field}` : ''}: ${message}`
  if (seen.has(line)) return
  seen.add(line)
  console.warn(line)
}
