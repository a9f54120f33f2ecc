import 'server-only'
import {getPolicySlugs, getPolicyTimeline} from '@/lib/content/getters'
import {locales} from '@/lib/content/types'
import type {TimelineEntry} from '@/lib/revisions/timeline'
import {previousVersion} from '@/lib/revisions/timeline'

// What a build prerenders. Every policy's own pages are; of its history only what readers open most: the
// versions in force or about to be, the one they replaced, and the comparisons that lead into them. The rest of
// the archive (older versions, other pairs) renders on its first request from the same cached content and is
// then cached like any page, so a build grows with the number of policies, not with the length of their
// histories (1,000 revisions: docs/benchmarks.md).

/** Route handlers get no params from a `[locale]` layout: each localized route lists both locales itself. */
export function inEveryLocale<P extends object>(params: () => Promise<P[]>): () => Promise<(P & {locale: string})[]> {
  return async () => (await params()).flatMap((p) => locales.map((locale) => ({...p, locale})))
}

/** How many archived versions of each policy are prerendered, newest first. */
export const PRERENDERED_ARCHIVE_VERSIONS = 1

/** Static params of the per-policy routes: every slug. */
export async function slugParams() {
  return (await getPolicySlugs()).map(({slug}) => ({slug}))
}

async function timelines() {
  const slugs = await getPolicySlugs()
  return (await Promise.all(slugs.map(({slug}) => getPolicyTimeline(slug)))).filter((data) => data !== undefined)
}

/** The entries of a timeline that a build prerenders: current, upcoming and the newest archived ones. */
export function prerenderedEntries(entries: TimelineEntry[]): TimelineEntry[] {
  const live = entries.filter((e) => e.status !== 'archive')
  const archive = entries.filter((e) => e.status === 'archive').slice(0, PRERENDERED_ARCHIVE_VERSIONS)
  return [...live, ...archive]
}

export async function versionParams() {
  return (await timelines()).flatMap(({policy, timeline}) =>
    prerenderedEntries(timeline.entries).map((e) => ({slug: policy.slug, version: String(e.revision.version)})),
  )
}

/** The comparisons a build prerenders: each version in force or upcoming against the version before it. */
export async function comparePairParams() {
  return (await timelines()).flatMap(({policy, timeline}) =>
    timeline.entries
      .filter((e) => e.status !== 'archive')
      .flatMap((e) => {
        const b = e.revision.version
        const a = previousVersion(timeline, b)
        return a === undefined ? [] : [{slug: policy.slug, a: String(a), b: String(b)}]
      }),
  )
}

/** A version segment as a number, or undefined for anything but a plain positive integer ("01", "1.0" are not). */
export function parseVersion(segment: string): number | undefined {
  return /^[1-9]\d{0,8}$/.test(segment) ? Number(segment) : undefined
}
