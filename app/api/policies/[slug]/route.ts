import {getPolicyDocument} from '@/lib/api/documents'
import {DRAFT_CACHE_CONTROL, jsonError, jsonResponse, methodNotAllowed, preflight} from '@/lib/api/respond'
import {isDraftMode} from '@/lib/content/fetch'

// Per request (it answers If-None-Match with 304), but the body comes built from the data cache: see documents.ts.
export const dynamic = 'force-dynamic'

type Context = {params: Promise<{slug: string}>}

export async function GET(request: Request, {params}: Context) {
  const {slug} = await params
  const [document, drafts] = await Promise.all([getPolicyDocument(slug), isDraftMode()])
  if (!document) return jsonError(404, {error: 'policy not found', slug}, drafts ? {'Cache-Control': DRAFT_CACHE_CONTROL} : {})
  return jsonResponse(request, document, {drafts})
}

export const HEAD = GET
export const OPTIONS = preflight
export {methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE}
