import 'server-only'
import {getPolicyTimeline, getSiteSettings, listPolicies, type PolicySummary} from '@/lib/content/getters'
import {isDraftMode} from '@/lib/content/fetch'
import type {Locale, Policy, Revision, SiteSettings} from '@/lib/content/types'
import {isLocale} from '@/lib/i18n/locales'
import {parseVersion} from '@/lib/policy-params'
import {findEntry, shownEntry, type Timeline, type TimelineEntry} from '@/lib/revisions/timeline'
import {paths} from '@/lib/urls'

// What each reader page needs, loaded from the content seam before anything renders: the components below
// app/ are synchronous and pure, so the same tree renders identically here and in tests.

/** Every page has its language, the site's settings (header and footer) and whether an editor previews drafts. */
export type PageContext = {locale: Locale; settings: SiteSettings; drafts: boolean}

export type Loaded<T> =
  | ({kind: 'page'} & PageContext & T)
  | {kind: 'notFound'; locale?: Locale}
  | {kind: 'redirect'; location: string}

const notFound = (locale?: Locale) => ({kind: 'notFound', locale}) as const

async function page<T>(locale: Locale, data: T): Promise<Loaded<T>> {
  const [settings, drafts] = await Promise.all([getSiteSettings(), isDraftMode()])
  return {kind: 'page', locale, settings, drafts, ...data}
}

export type IndexData = {policies: PolicySummary[]}

export async function loadIndex({locale}: {locale: string}): Promise<Loaded<IndexData>> {
  if (!isLocale(locale)) return notFound()
  return page(locale, {policies: await listPolicies()})
}

export type RevisionData = {
  policy: Policy
  timeline: Timeline
  entry: TimelineEntry
  /** The page's own path in each language. */
  path: (locale: Locale) => string
  /** One version at its permanent URL (`v/N`), not the policy's own page. */
  pinned: boolean
}

/** The policy's own page: the revision in force today (else the upcoming one). */
export async function loadCurrent({locale, slug}: {locale: string; slug: string}): Promise<Loaded<RevisionData>> {
  if (!isLocale(locale)) return notFound()
  const data = await getPolicyTimeline(slug)
  const entry = data && shownEntry(data.timeline)
  if (!data || !entry) return notFound(locale)
  return page(locale, {policy: data.policy, timeline: data.timeline, entry, pinned: false, path: (l: Locale) => paths.policy(l, slug)})
}

/** One revision at its permanent URL. */
export async function loadRevision({locale, slug, version}: {locale: string; slug: string; version: string}): Promise<Loaded<RevisionData>> {
  if (!isLocale(locale)) return notFound()
  const wanted = parseVersion(version)
  const data = wanted ? await getPolicyTimeline(slug) : undefined
  const entry = data && wanted && findEntry(data.timeline, wanted)
  if (!data || !entry || !wanted) return notFound(locale)
  return page(locale, {policy: data.policy, timeline: data.timeline, entry, pinned: true, path: (l: Locale) => paths.revision(l, slug, wanted)})
}

export type HistoryData = {policy: Policy; timeline: Timeline}

export async function loadHistory({locale, slug}: {locale: string; slug: string}): Promise<Loaded<HistoryData>> {
  if (!isLocale(locale)) return notFound()
  const data = await getPolicyTimeline(slug)
  if (!data) return notFound(locale)
  return page(locale, {policy: data.policy, timeline: data.timeline})
}

export type CompareData = {policy: Policy; from: Revision; to: Revision}

/** Two versions of a policy, older first: the other order redirects to it (one URL per pair). */
export async function loadCompare(params: {locale: string; slug: string; a: string; b: string}): Promise<Loaded<CompareData>> {
  const {locale, slug} = params
  if (!isLocale(locale)) return notFound()
  const [a, b] = [parseVersion(params.a), parseVersion(params.b)]
  if (!a || !b || a === b) return notFound(locale)
  const data = await getPolicyTimeline(slug)
  const [from, to] = [a, b].sort((x, y) => x - y).map((v) => data?.policy.revisions.find((r) => r.version === v))
  // Both versions must exist before the reversed pair redirects: a redirect for any pair of numbers is a 308 per
  // pair a client invents.
  if (!data || !from || !to) return notFound(locale)
  if (a > b) return {kind: 'redirect', location: paths.compare(locale, slug, b, a)}
  return page(locale, {policy: data.policy, from, to})
}
