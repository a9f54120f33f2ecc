import 'server-only'
import {getPolicyTimeline} from '@/lib/content/getters'
import type {Locale, Policy} from '@/lib/content/types'
import {isLocale} from '@/lib/i18n/locales'
import {parseVersion} from '@/lib/policy-params'
import {findEntry, shownEntry, type Timeline, type TimelineEntry} from '@/lib/revisions/timeline'

export type AppViewData = {
  locale: Locale
  policy: Policy
  timeline: Timeline
  entry: TimelineEntry
  /** Opened by version (`/v/{version}/app`): links stay on this version. */
  pinned: boolean
}

type Params = {locale: string; slug: string; version?: string}

/** The revision an app view shows: the given version, else the current one (else the upcoming, like the page). */
export async function loadAppView({locale, slug, version}: Params): Promise<AppViewData | undefined> {
  if (!isLocale(locale)) return undefined
  const pinned = version !== undefined
  const wanted = pinned ? parseVersion(version) : undefined
  if (pinned && wanted === undefined) return undefined
  const data = await getPolicyTimeline(slug)
  if (!data) return undefined
  const entry = wanted === undefined ? shownEntry(data.timeline) : findEntry(data.timeline, wanted)
  return entry && {locale, policy: data.policy, timeline: data.timeline, entry, pinned}
}
