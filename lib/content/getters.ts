import 'server-only'
import {cache} from 'react'
import {orphanRevisionsQuery, policyIndexQuery, policyQuery, policySlugsQuery, siteSettingsQuery} from '@/sanity/lib/queries'
import type {
  OrphanRevisionsQueryResult,
  PolicyIndexQueryResult,
  PolicyQueryResult,
  PolicySlugsQueryResult,
  SiteSettingsQueryResult,
} from '@/sanity/types'
import {almatyToday} from '@/lib/revisions/dates'
import {buildTimeline, type Timeline} from '@/lib/revisions/timeline'
import {fetchContent} from './fetch'
import {isSlug} from './slug'
import {reportProblem} from './report'
import {toDatedStub, toPolicy, toSiteSettings, uniqueVersions} from './reshape'
import {cleanLocalizedText} from './sanitize'
import {tags} from './tags'
import type {Localized, Policy, SiteSettings} from './types'

export const getSiteSettings = cache(async (): Promise<SiteSettings> => {
  return fetchContent(siteSettingsQuery, {}, [tags.site], (raw: SiteSettingsQueryResult) => toSiteSettings(raw))
})

/** Valid slugs with their policy ids, in display order. */
export const getPolicySlugs = cache(async (): Promise<{id: string; slug: string}[]> => {
  const rows = await fetchContent<PolicySlugsQueryResult>(policySlugsQuery, {}, [tags.slugs])
  const seen = new Set<string>()
  return (rows ?? []).filter((row) => {
    if (!isSlug(row.slug)) {
      reportProblem({documentId: row._id, field: 'slug', message: `"${String(row.slug)}" is not lower-case latin letters, digits and dashes; policy not published`})
      return false
    }
    if (seen.has(row.slug)) {
      reportProblem({documentId: row._id, field: 'slug', message: `"${row.slug}" is used by another policy; skipped`})
      return false
    }
    seen.add(row.slug)
    return true
  }).map((row) => ({id: row._id, slug: row.slug as string}))
})

/** A policy with every revision, or undefined for an unknown slug. */
export const getPolicy = cache(async (slug: string): Promise<Policy | undefined> => {
  const entry = (await getPolicySlugs()).find((row) => row.slug === slug)
  if (!entry) return undefined
  // Cached reshaped (checked, sanitized, hashed) once per fetch; null, not undefined, survives the cache's JSON.
  const policy = await fetchContent(policyQuery, {id: entry.id}, [tags.policy(entry.id), tags.site], (raw: PolicyQueryResult) => toPolicy(raw) ?? null)
  return policy ? {...policy, slug} : undefined
})

export type PolicyWithTimeline = {policy: Policy; timeline: Timeline; today: string}

export const getPolicyTimeline = cache(async (slug: string): Promise<PolicyWithTimeline | undefined> => {
  const policy = await getPolicy(slug)
  // A policy with no usable revision has nothing to show: every page of it is a 404, and no list links to it.
  if (!policy || !policy.revisions.length) return undefined
  const today = almatyToday()
  const timeline = buildTimeline(policy.revisions, today)
  for (const message of timeline.problems) reportProblem({documentId: policy.id, field: 'revisions', message})
  return {policy, timeline, today}
})

export type PolicySummary = {
  id: string
  slug: string
  title: Localized<string>
  current?: {version: number; effectiveFrom: string}
  upcoming?: {version: number; effectiveFrom: string}
}

/**
 * Every policy with its current and upcoming version, from one query. Rows are held to the same rules as the
 * policy pages (the policy that owns the slug, clean titles, valid and unique versions, at least one revision),
 * so the index never links to a page that does not exist or shows a version the page does not.
 */
export const listPolicies = cache(async (): Promise<PolicySummary[]> => {
  const [rows, slugs] = await Promise.all([
    fetchContent<PolicyIndexQueryResult>(policyIndexQuery, {}, [tags.index]),
    getPolicySlugs(),
    reportOrphans(),
  ])
  const owners = new Map(slugs.map((s) => [s.id, s.slug]))
  const today = almatyToday()
  const summaries: PolicySummary[] = []
  for (const row of rows ?? []) {
    const slug = owners.get(row._id)
    if (!slug) continue
    const stubs = (row.revisions ?? []).map((r) => toDatedStub(r, row._id)).filter((r) => r !== undefined)
    const revisions = uniqueVersions(stubs, false)
    if (!revisions.length) continue
    const {current, upcoming} = buildTimeline(revisions, today)
    const pick = (r?: {version: number; effectiveFrom: string}) => r && {version: r.version, effectiveFrom: r.effectiveFrom}
    const title = cleanLocalizedText(row.title, row._id, 'title')
    summaries.push({id: row._id, slug, title, current: pick(current), upcoming: pick(upcoming)})
  }
  return summaries
})

async function reportOrphans(): Promise<void> {
  const orphans = await fetchContent<OrphanRevisionsQueryResult>(orphanRevisionsQuery, {}, [tags.index])
  for (const orphan of orphans ?? []) {
    reportProblem({documentId: orphan._id, field: 'policy', message: `refers to ${orphan.policyRef ? `missing policy "${orphan.policyRef}"` : 'no policy'}; not published`})
  }
}
