import {revalidateTag} from 'next/cache'
import {serverEnv} from '@/lib/server-env'
import {handleWebhook, RecentKeys} from '@/lib/webhook/handleWebhook'

const seen = new RecentKeys()

// `{expire: 0}`: the next request renders fresh content instead of one more stale page.
const revalidate = (tags: string[]) => tags.forEach((tag) => revalidateTag(tag, {expire: 0}))

const handle = (request: Request) => handleWebhook(request, {secret: serverEnv.SANITY_REVALIDATE_SECRET, revalidate, seen})

export {handle as POST, handle as GET, handle as PUT, handle as PATCH, handle as DELETE}
