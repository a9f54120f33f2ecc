import {createHash} from 'node:crypto'

/** A strong validator from the body's bytes: equal bodies, equal tags, across servers and restarts. */
export function strongEtag(body: string): string {
  return `"${createHash('sha256').update(body, 'utf8').digest('base64url')}"`
}

/**
 * Whether `If-None-Match` names this representation (RFC 9110 §13.1.2): `*`, or any listed tag by weak
 * comparison, so `W/"x"` matches `"x"` (proxies that compress weaken tags). Unquoted tags are tolerated.
 */
export function ifNoneMatchHits(header: string | null | undefined, etag: string): boolean {
  if (!header) return false
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '').replace(/^"(.*)"$/, '$1')
  const wanted = opaque(etag)
  return header.split(',').some((tag) => tag.trim() === '*' || (opaque(tag) !== '' && opaque(tag) === wanted))
}
