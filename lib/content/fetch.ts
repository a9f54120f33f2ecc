import 'server-only'
import {draftMode} from 'next/headers'
import {statSync} from 'node:fs'
import {unstable_cache} from 'next/cache'
import {env} from '@/lib/env'
import {recall, remember, remembered} from './last-good'
import {fetchLocal} from './local'
import {reportProblem} from './report'
import {fetchSanity} from './sanity'

let queryCount = 0

/** Runs a GROQ query on the configured source. Pages never know which one it is. */
export function runQuery<T>(query: string, params: Record<string, unknown> = {}, drafts = false): Promise<T> {
  queryCount += 1
  if (process.env.CONTENT_QUERY_LOG) console.log(`[content] query #${queryCount} ${JSON.stringify(params)}`)
  return env.CONTENT_SOURCE === 'sanity'
    ? fetchSanity<T>(query, params, drafts)
    : fetchLocal<T>(env.LOCAL_DATASET, query, params, drafts)
}

export async function isDraftMode(): Promise<boolean> {
  try {
    return (await draftMode()).isEnabled
  } catch {
    return false // outside a request (generateStaticParams, sitemap): published content
  }
}

/**
 * Part of every cache key, because Next's data cache outlives builds: the local dataset's file identity (a new
 * file is new content), or for Sanity the generation stamped by next.config.ts when the build or server starts.
 */
export function cacheGeneration(): string {
  if (env.CONTENT_SOURCE === 'sanity') return process.env.CONTENT_CACHE_GENERATION ?? ''
  const stats = statSync(env.LOCAL_DATASET, {throwIfNoEntry: false})
  return stats ? `${env.LOCAL_DATASET}:${stats.mtimeMs}:${stats.size}` : env.LOCAL_DATASET
}

/**
 * A query whose result is kept in Next's data cache under `tags` until the webhook revalidates one of them.
 * `reshape` runs once per fetch, inside the cache: what every page of a policy reads is the checked, hashed domain
 * value, not the wire shape to be checked and hashed again by each page (and problems are reported once).
 * When the source fails, the last good value is served (and not cached, so the next render asks again); only a
 * query that never once succeeded fails the page. In draft mode (editors previewing), drafts are read fresh and
 * nothing is cached.
 */
export async function fetchContent<Raw, T = Raw>(
  query: string,
  params: Record<string, unknown>,
  cacheTags: string[],
  reshape: (raw: Raw) => T = (raw) => raw as unknown as T,
): Promise<T> {
  if (await isDraftMode()) return reshape(await runQuery<Raw>(query, params, true))
  const memoKey = [env.CONTENT_SOURCE, query, JSON.stringify(params)].join('\n')
  const key = [memoKey, cacheGeneration()]
  try {
    let fresh = false
    const load = async () => {
      const result = reshape(await runQuery<Raw>(query, params))
      fresh = true
      return result
    }
    const value = await unstable_cache(load, key, {tags: cacheTags})()
    // Only a fresh result (or the first one this process sees) is worth writing down.
    if (fresh || !remembered(memoKey)) remember(memoKey, value)
    return value
  } catch (error) {
    const last = recall(memoKey)
    if (!last) throw error
    reportProblem({documentId: `content source (${env.CONTENT_SOURCE})`, message: `query failed (${(error as Error).message}); serving the last good content`})
    return last.value as T
  }
}
