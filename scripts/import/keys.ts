// Every `_id` and `_key` is derived from content, so importing the same input twice gives the same bytes.
// Ids have no dots: Sanity treats dotted ids as private paths, readable only with a token.
// Section keys come from the anchor (the clause number), not the text: a clause keeps its key across
// revisions, which is how the site matches and diffs sections.
import {createHash} from 'node:crypto'

export function hashKey(...parts: (string | number)[]): string {
  return createHash('sha256').update(parts.join('\u0000'), 'utf8').digest('hex').slice(0, 12)
}

export function sectionKey(anchor: string): string {
  return `s${hashKey('section', anchor)}`
}

export const policyId = (slug: string) => `policy-${slug}`
export const revisionId = (slug: string, version: number) => `policyRevision-${slug}-v${version}`
