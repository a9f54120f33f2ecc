// Builds the apps' JSON from domain values. Pure: the same policy, timeline and URL function give the same bytes
// (so the same ETag).
import {locales, type Locale, type Localized, type Policy, type Revision} from '@/lib/content/types'
import type {Timeline, TimelineEntry} from '@/lib/revisions/timeline'
import {absoluteUrl, paths} from '@/lib/urls'
import {SCHEMA_VERSION, type LocalizedLinks, type LocalizedText, type PolicyCore, type PolicyListPayload, type PolicyPayload, type RevisionItem, type RevisionRef} from './types'

export type ToAbsolute = (path: string) => string

export const schemaPaths = {policy: '/schemas/policy.v1.json', list: '/schemas/policies.v1.json'}

function text(value: Localized<string>): LocalizedText {
  return {kk: value.kk ?? null, ru: value.ru ?? null}
}

function links(build: (locale: Locale) => {page: string; app: string}): LocalizedLinks {
  return Object.fromEntries(locales.map((locale) => [locale, build(locale)])) as LocalizedLinks
}

function revisionRef(slug: string, revision: Revision, absolute: ToAbsolute): RevisionRef {
  return {
    version: revision.version,
    effectiveFrom: revision.effectiveFrom,
    hash: revision.hash.all,
    hashes: {kk: revision.hash.kk, ru: revision.hash.ru},
    requiresConsent: revision.requiresConsent,
    urls: links((locale) => ({
      page: absolute(paths.revision(locale, slug, revision.version)),
      app: absolute(paths.revisionApp(locale, slug, revision.version)),
    })),
  }
}

function revisionItem(slug: string, entry: TimelineEntry, absolute: ToAbsolute): RevisionItem {
  return {
    ...revisionRef(slug, entry.revision, absolute),
    status: entry.status,
    inForceUntil: entry.inForceUntil ?? null,
    shadowed: entry.shadowed,
    summary: text(entry.revision.summary),
  }
}

/**
 * The latest version that took effect with `requiresConsent`, else the first version that took effect: a user who
 * accepted an older version must accept again. `null` while no revision is in force.
 */
export function lastConsentVersion(timeline: Timeline): number | null {
  const tookEffect = timeline.entries.filter((e) => e.status !== 'upcoming' && !e.shadowed).map((e) => e.revision)
  if (!tookEffect.length) return null
  const material = tookEffect.filter((r) => r.requiresConsent).map((r) => r.version)
  return material.length ? Math.max(...material) : Math.min(...tookEffect.map((r) => r.version))
}

function policyCore(policy: Policy, timeline: Timeline, absolute: ToAbsolute): PolicyCore {
  const {slug} = policy
  return {
    slug,
    titles: text(policy.title),
    urls: links((locale) => ({page: absolute(paths.policy(locale, slug)), app: absolute(paths.app(locale, slug))})),
    api: absolute(paths.api(slug)),
    current: timeline.current ? revisionRef(slug, timeline.current, absolute) : null,
    upcoming: timeline.upcoming ? revisionRef(slug, timeline.upcoming, absolute) : null,
    lastConsentVersion: lastConsentVersion(timeline),
    prevailingLanguage: policy.prevailingLanguage === 'kk' || policy.prevailingLanguage === 'ru' ? policy.prevailingLanguage : null,
  }
}

export function buildPolicyPayload(policy: Policy, timeline: Timeline, absolute: ToAbsolute = absoluteUrl): PolicyPayload {
  return {
    $schema: absolute(schemaPaths.policy),
    schemaVersion: SCHEMA_VERSION,
    ...policyCore(policy, timeline, absolute),
    revisions: timeline.entries.map((entry) => revisionItem(policy.slug, entry, absolute)),
  }
}

export function buildPolicyListPayload(items: {policy: Policy; timeline: Timeline}[], absolute: ToAbsolute = absoluteUrl): PolicyListPayload {
  return {
    $schema: absolute(schemaPaths.list),
    schemaVersion: SCHEMA_VERSION,
    policies: items.map(({policy, timeline}) => policyCore(policy, timeline, absolute)),
  }
}
