import {getPolicyDocument} from '@/lib/api/documents'
import {jsonError, jsonResponse, methodNotAllowed, preflight} from '@/lib/api/respond'

// Per request (it answers If-None-Match with 304), but the body comes built from the data cache: see documents.ts.
export const dynamic = 'force-dynamic'

type Context = {params: Promise<{slug: string}>}

export async function GET(request: Request, {params}: Context) {
  const {slug} = await params
  const document = await getPolicyDocument(slug)
  return document ? jsonResponse(request, document) : jsonError(404, {error: 'policy not found', slug})
}

export const HEAD = GET
export const OPTIONS = preflight
export {methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE}
