import 'server-only'
import {createClient, type ClientConfig, type SanityClient} from '@sanity/client'
import {serverEnv as env} from '@/lib/server-env'

/** How the site reaches its Sanity project: the one configuration of the content client below and of draft mode
 * (app/api/draft-mode/enable). */
export function sanityConnection() {
  return {
    projectId: env.NEXT_PUBLIC_SANITY_PROJECT_ID,
    dataset: env.NEXT_PUBLIC_SANITY_DATASET,
    apiVersion: env.NEXT_PUBLIC_SANITY_API_VERSION,
    apiHost: env.SANITY_API_HOST,
    // A custom API host (a test stand-in) is addressed as is, not as `{projectId}.host`.
    useProjectHostname: !env.SANITY_API_HOST,
    token: env.SANITY_API_READ_TOKEN,
    // Pages are cached by Next and revalidated by the webhook, so read fresh data from the API, not the CDN.
    useCdn: false,
  } satisfies ClientConfig
}

let client: SanityClient | undefined

export function sanityClient(): SanityClient {
  client ??= createClient({
    ...sanityConnection(),
    perspective: 'published',
    // A hanging Content Lake must fail the regeneration (keeping the last good page), not hold it forever.
    timeout: 4_000,
    maxRetries: 1,
  })
  return client
}

export async function fetchSanity<T>(query: string, params: Record<string, unknown>, drafts = false): Promise<T> {
  return sanityClient().fetch<T>(query, params, {
    cache: 'no-store',
    ...(drafts ? {perspective: 'drafts' as const, stega: false} : {}),
  })
}
