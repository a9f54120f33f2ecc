import {createClient} from 'next-sanity'
import {defineEnableDraftMode} from 'next-sanity/draft-mode'
import {draftMode} from 'next/headers'
import {serverEnv as env} from '@/lib/server-env'

// With Sanity, the Presentation tool hands over a secret that Sanity itself issued and checks (next-sanity).
// With the local dataset there is no Sanity to ask: LOCAL_PREVIEW_SECRET, when set, plays that part.
async function enableLocal(request: Request): Promise<Response> {
  const url = new URL(request.url)
  const secret = env.LOCAL_PREVIEW_SECRET
  if (!secret || url.searchParams.get('secret') !== secret) return new Response('Invalid secret\n', {status: 401})
  ;(await draftMode()).enable()
  const redirect = url.searchParams.get('redirect') ?? '/'
  const target = redirect.startsWith('/') && !redirect.startsWith('//') ? redirect : '/'
  return new Response(null, {status: 307, headers: {Location: target}})
}

function enableWithSanity() {
  const client = createClient({
    projectId: env.NEXT_PUBLIC_SANITY_PROJECT_ID,
    dataset: env.NEXT_PUBLIC_SANITY_DATASET,
    apiVersion: env.NEXT_PUBLIC_SANITY_API_VERSION,
    apiHost: env.SANITY_API_HOST,
    useProjectHostname: !env.SANITY_API_HOST,
    useCdn: false,
    token: env.SANITY_API_READ_TOKEN,
  })
  return defineEnableDraftMode({client}).GET
}

export const GET = env.CONTENT_SOURCE === 'sanity' ? enableWithSanity() : enableLocal
