import 'server-only'
import {unstable_cache} from 'next/cache'
import {cacheGeneration} from '@/lib/content/fetch'
import {getPolicySlugs, getPolicyTimeline} from '@/lib/content/getters'
import {tags} from '@/lib/content/tags'
import {env} from '@/lib/env'
import {almatyToday} from '@/lib/revisions/dates'
import {strongEtag} from './etag'
import {buildPolicyListPayload, buildPolicyPayload} from './payload'
import type {JsonDocument} from './respond'
import {SCHEMA_VERSION} from './types'

// The routes read If-None-Match, so they run per request; the body and its ETag are computed once and kept in
// Next's data cache until the webhook revalidates one of the tags. The Almaty day is part of the key: statuses
// (current, upcoming) change at midnight with no publish, and the first request of a day builds a fresh document.
// Nested unstable_cache calls do not pass their tags up, so each document names every tag it depends on. The data
// cache outlives builds: the key holds what the bytes depend on beyond the content (schema version, site URL)
// and the content source's generation (lib/content/fetch.ts).
const AGE = 300
const KEY = [`v${SCHEMA_VERSION}`, env.SITE_URL]

function document(value: unknown): JsonDocument {
  const body = JSON.stringify(value)
  return {body, etag: strongEtag(body)}
}

const policyDocument = (policyId: string) =>
  unstable_cache(
    async (slug: string, _day: string, _generation: string): Promise<JsonDocument | null> => {
      const data = await getPolicyTimeline(slug)
      return data ? document(buildPolicyPayload(data.policy, data.timeline)) : null
    },
    ['api-policy', ...KEY],
    // The site's tag too: which text prevails falls back to the site settings.
    {tags: [tags.policy(policyId), tags.slugs, tags.site], revalidate: AGE},
  )

/** The JSON of one policy, or undefined for an unknown slug. */
export async function getPolicyDocument(slug: string): Promise<JsonDocument | undefined> {
  const entry = (await getPolicySlugs()).find((row) => row.slug === slug)
  if (!entry) return undefined
  return (await policyDocument(entry.id)(slug, almatyToday(), cacheGeneration())) ?? undefined
}

const listDocument = unstable_cache(
  async (_day: string, _generation: string): Promise<JsonDocument> => {
    const slugs = await getPolicySlugs()
    const items = await Promise.all(slugs.map(({slug}) => getPolicyTimeline(slug)))
    return document(buildPolicyListPayload(items.filter((item) => item !== undefined)))
  },
  ['api-policies', ...KEY],
  // Every policy and revision change revalidates the index tag (lib/content/tags.ts); site settings, the site's.
  {tags: [tags.index, tags.slugs, tags.site], revalidate: AGE},
)

/** The JSON list of every policy. */
export function getPolicyListDocument(): Promise<JsonDocument> {
  return listDocument(almatyToday(), cacheGeneration())
}
