import 'server-only'
import {getPolicy, getPolicySlugs} from '@/lib/content/getters'

/** Static params of the per-policy routes: every slug, and every version of each. */
export async function slugParams() {
  return (await getPolicySlugs()).map(({slug}) => ({slug}))
}

export async function versionParams() {
  const slugs = await getPolicySlugs()
  const policies = await Promise.all(slugs.map(({slug}) => getPolicy(slug)))
  return policies.flatMap((policy) =>
    policy ? policy.revisions.map((revision) => ({slug: policy.slug, version: String(revision.version)})) : [],
  )
}

/** A version segment as a number, or undefined for anything but a plain positive integer ("01", "1.0" are not). */
export function parseVersion(segment: string): number | undefined {
  return /^[1-9]\d{0,8}$/.test(segment) ? Number(segment) : undefined
}
