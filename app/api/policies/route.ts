import {getPolicyListDocument} from '@/lib/api/documents'
import {jsonResponse, methodNotAllowed, preflight} from '@/lib/api/respond'
import {isDraftMode} from '@/lib/content/fetch'

// Per request (it answers If-None-Match with 304), but the body comes built from the data cache: see documents.ts.
export const dynamic = 'force-dynamic'

export async function GET(request: Request) {
  return jsonResponse(request, await getPolicyListDocument(), {drafts: await isDraftMode()})
}

export const HEAD = GET
export const OPTIONS = preflight
export {methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE}
