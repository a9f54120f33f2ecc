import 'server-only'
import {getPolicySlugs, getPolicyTimeline} from '@/lib/content/getters'

/** Static params of the per-policy routes: every slug, and the versions readers open most. */
export async function slugParams() {
  return (await getPolicySlugs()).map(({slug}) => ({slug}))
}

/** How many archived versions of each policy are prerendered, newest first; older ones render on first request. */
export const PRERENDERED_ARCHIVE_VERSIONS = 3

/**
 * The current and upcoming versions and the newest archived ones are prerendered; the rest of the archive renders on
 * its first request and is cached like any page (a policy with hundreds of revisions would otherwise make every
 * build render pages nobody has opened; measured in docs/benchmarks.md).
 */
export async function versionParams() {
  const slugs = await getPolicySlugs()
  const timelines = await Promise.all(slugs.map(({slug}) => getPolicyTimeline(slug)))
  return timelines.flatMap((data) => {
    if (!data) return []
    const archive = data.timeline.entries.filter((e) => e.status === 'archive').slice(0, PRERENDERED_ARCHIVE_VERSIONS)
    const live = data.timeline.entries.filter((e) => e.status !== 'archive')
    return [...live, ...archive].map((e) => ({slug: data.policy.slug, version: String(e.revision.version)}))
  })
}

/** A version segment as a number, or undefined for anything but a plain positive integer ("01", "1.0" are not). */
export function parseVersion(segment: string): number | undefined {
  return /^[1-9]\d{0,8}$/.test(segment) ? Number(segment) : undefined
}
