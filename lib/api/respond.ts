// HTTP for the apps' JSON: CORS for any origin, validators and shared caching, 304s, and the methods allowed.
import {ifNoneMatchHits} from './etag'

export const ALLOWED_METHODS = 'GET, HEAD, OPTIONS'

const common = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag',
  Vary: 'Accept-Encoding',
}

export const JSON_CACHE_CONTROL = 'public, max-age=60, s-maxage=300, stale-while-revalidate=86400'

/** An editor's preview (draft mode) shows drafts: no cache may keep it, nor hand it to anyone else. */
export const DRAFT_CACHE_CONTROL = 'private, no-store'

export type JsonDocument = {body: string; etag: string}

/**
 * 200 with the body, or 304 with no body when the client already holds this exact representation. `drafts`: the
 * document was read in draft mode.
 */
export function jsonResponse(request: Request, {body, etag}: JsonDocument, {drafts = false} = {}): Response {
  const headers = {...common, ETag: etag, 'Cache-Control': drafts ? DRAFT_CACHE_CONTROL : JSON_CACHE_CONTROL}
  if (ifNoneMatchHits(request.headers.get('if-none-match'), etag)) return new Response(null, {status: 304, headers})
  return new Response(body, {status: 200, headers: {...headers, 'Content-Type': 'application/json; charset=utf-8'}})
}

export function jsonError(status: number, value: Record<string, unknown>, extra: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(value), {
    status,
    headers: {...common, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'public, max-age=60', ...extra},
  })
}

export function methodNotAllowed(request: Request): Response {
  return jsonError(405, {error: `method ${request.method} not allowed`, allow: ALLOWED_METHODS.split(', ')}, {
    Allow: ALLOWED_METHODS,
    'Cache-Control': 'no-store',
  })
}

/** CORS preflight (a browser sending If-None-Match from another origin asks first). */
export function preflight(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...common,
      Allow: ALLOWED_METHODS,
      'Access-Control-Allow-Methods': ALLOWED_METHODS,
      'Access-Control-Allow-Headers': 'If-None-Match',
      'Access-Control-Max-Age': '86400',
    },
  })
}
