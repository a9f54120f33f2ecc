// Document ids as the Content Lake writes them: `x` (published), `drafts.x`, `versions.<release>.x`.
// Kept free of Studio imports so validation and action decisions stay testable in plain Node.

export function baseId(id: string): string {
  if (id.startsWith('drafts.')) return id.slice('drafts.'.length)
  if (id.startsWith('versions.')) return id.split('.').slice(2).join('.')
  return id
}

export function isPublishedId(id: string): boolean {
  return baseId(id) === id
}

export function draftId(id: string): string {
  return `drafts.${baseId(id)}`
}
