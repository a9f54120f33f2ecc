// Document ids as the Content Lake writes them: `x` (published), `drafts.x`, `versions.<release>.x`.
// One home for the site, the local dataset, the fidelity checker and the Studio: pure, no imports, so it bundles
// for the Studio and runs in plain Node.

export function baseId(id: string): string {
  if (id.startsWith('drafts.')) return id.slice('drafts.'.length)
  if (id.startsWith('versions.')) return id.split('.').slice(2).join('.')
  return id
}

/** Drafts (`drafts.*`) and release versions (`versions.*`) never reach public pages. */
export function isPublishedId(id: string): boolean {
  return baseId(id) === id
}

export function draftId(id: string): string {
  return `drafts.${baseId(id)}`
}
