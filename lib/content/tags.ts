// Cache tags, in one place: the content fetches attach them and the webhook revalidates them.
export const tags = {
  /** Site settings: every page shows them. */
  site: 'site',
  /** The slug-to-id map used to route every policy page. */
  slugs: 'policy-slugs',
  /** The index of policies with their revision dates (home page, sitemap, apps' list). */
  index: 'policy-index',
  policy: (policyId: string) => `policy:${policyId}`,
} as const

/** What a changed document touches, from the fields a webhook delivers. */
export function tagsForDocument(doc: {_id?: unknown; _type?: unknown; policyIds?: unknown; policy?: unknown}): string[] {
  const id = typeof doc._id === 'string' ? doc._id.replace(/^drafts\./, '') : undefined
  const policyIds = new Set<string>()
  if (Array.isArray(doc.policyIds)) for (const p of doc.policyIds) if (typeof p === 'string' && p) policyIds.add(p)
  const ref = (doc.policy as {_ref?: unknown} | undefined)?._ref
  if (typeof ref === 'string' && ref) policyIds.add(ref)
  switch (doc._type) {
    case 'siteSettings':
      return [tags.site]
    case 'policy':
      if (id) policyIds.add(id)
      return [tags.slugs, tags.index, ...[...policyIds].map(tags.policy)]
    case 'policyRevision':
      return [tags.index, ...[...policyIds].map(tags.policy)]
    default:
      return []
  }
}
