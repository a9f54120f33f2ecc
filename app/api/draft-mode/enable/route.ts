import {createClient} from 'next-sanity'
import {defineEnableDraftMode} from 'next-sanity/draft-mode'
import {draftMode} from 'next/headers'
import {sanityConnection} from '@/lib/content/sanity'
import {redirectBack} from '@/lib/http/redirect'
import {serverEnv as env} from '@/lib/server-env'

// With Sanity, the Presentation tool hands over a secret that Sanity itself issued and checks (next-sanity).
// With the local dataset there is no Sanity to ask: LOCAL_PREVIEW_SECRET, when set, plays that part.
async function enableLocal(request: Request): Promise<Response> {
  const url = new URL(request.url)
  const secret = env.LOCAL_PREVIEW_SECRET
  if (!secret || url.searchParams.get('secret') !== secret) return new Response('Invalid secret\n', {status: 401})
  ;(await draftMode()).enable()
  return redirectBack(request)
}

function enableWithSanity() {
  const client = createClient(sanityConnection())
  return defineEnableDraftMode({client}).GET
}

export const GET = env.CONTENT_SOURCE === 'sanity' ? enableWithSanity() : enableLocal
