import 'server-only'
import {unstable_cache} from 'next/cache'
import {env} from '@/lib/env'
import {fetchLocal} from './local'
import {fetchSanity} from './sanity'

let queryCount = 0

/** Runs a GROQ query on the configured source. Pages never know which one it is. */
export function runQuery<T>(query: string, params: Record<string, unknown> = {}): Promise<T> {
  queryCount += 1
  if (process.env.CONTENT_QUERY_LOG) console.log(`[content] query #${queryCount} ${JSON.stringify(params)}`)
  return env.CONTENT_SOURCE === 'sanity'
    ? fetchSanity<T>(query, params)
    : fetchLocal<T>(env.LOCAL_DATASET, query, params)
}

/**
 * A query whose result is kept in Next's data cache under `tags` until the webhook revalidates one of them.
 * An error is not cached: the page regeneration fails and Next keeps serving the last good page.
 */
export function fetchContent<T>(query: string, params: Record<string, unknown>, cacheTags: string[]): Promise<T> {
  const key = [env.CONTENT_SOURCE, query, JSON.stringify(params)]
  return unstable_cache(() => runQuery<T>(query, params), key, {tags: cacheTags})()
}
