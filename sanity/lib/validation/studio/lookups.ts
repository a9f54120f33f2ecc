// The few facts Studio rules need from the dataset besides the document itself.
import type {RevisionPoint} from '../revisionSequence'
import {fetchShared, type StudioClient} from './fetchShared'

const revisionsOfPolicyQuery = `*[_type == "policyRevision" && policy._ref == $policyId]{_id, version, effectiveFrom}`
const publishedCopyQuery = `*[_id == $id][0]{version, effectiveFrom}`
const requireBothLanguagesQuery = `*[_id == "siteSettings"][0].requireBothLanguages`

/** Every copy (published, drafts, release versions) of the policy's revisions. */
export function revisionsOfPolicy(client: StudioClient, policyId: string): Promise<RevisionPoint[]> {
  return fetchShared<RevisionPoint[] | null>(client, revisionsOfPolicyQuery, {policyId}).then((rows) => rows ?? [])
}

export function publishedCopy(
  client: StudioClient,
  publishedId: string,
): Promise<{version?: number; effectiveFrom?: string} | null> {
  return fetchShared(client, publishedCopyQuery, {id: publishedId})
}

/** Uncached, for actions that must not act on a stale list (e.g. right after creating a revision). */
export async function revisionsOfPolicyNow(client: StudioClient, policyId: string): Promise<RevisionPoint[]> {
  return (await client.fetch<RevisionPoint[] | null>(revisionsOfPolicyQuery, {policyId}, {perspective: 'raw'})) ?? []
}

/** The published site setting; off when settings were never published. */
export function requireBothLanguages(client: StudioClient): Promise<boolean> {
  return fetchShared<unknown>(client, requireBothLanguagesQuery, {}).then((value) => value === true)
}
