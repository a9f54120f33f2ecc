// What a request must look like before Next routes it. Next answers some requests any client can send with a
// 500 and no security headers (a malformed %-escape, TRACE, `OPTIONS *`), echoes an absolute-form target's host
// into a 308 (`GET http://evil.example/kk` → `Location: http://evil.example/kk`), and sends its slash-normalizing
// 308s without the headers of next.config.ts. All of that happens before proxy.ts runs, so it is decided here,
// on the raw request line (lib/http/install.ts puts this in front of Next's server).
import {baseHeaders} from '../security-headers'
import {allowedMethods} from './methods'

/** A file or URL segment longer than this cannot name anything here (and makes the cache's file names fail). */
export const MAX_SEGMENT_BYTES = 255

/** Methods Next can build a Request for; anything else (TRACE, CONNECT, …) made it throw. */
const KNOWN_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])

export type Answer = {status: number; headers: Record<string, string>; body: string}
/** Either the request goes on to Next (with `url`, its target as a path), or it is answered here. */
export type Verdict = {pass: true; url: string} | {pass: false; answer: Answer}

const answer = (status: number, body: string, extra: Record<string, string> = {}): Verdict => ({
  pass: false,
  answer: {status, body, headers: {...baseHeaders(), 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...extra}},
})

// C0 controls and DEL: no path here holds one, and CR/LF or NUL in a decoded path end up in logs and file names.
const CONTROL = /[\u0000-\u001f\u007f]/

/** The path of an origin-form target, or of an http(s) absolute-form one (its host is ignored, never echoed). */
function originForm(target: string): string | undefined {
  if (target.startsWith('/')) return target
  const absolute = /^https?:\/\/[^/?#]*(.*)$/i.exec(target)
  if (!absolute) return undefined // `*`, authority-form, garbage
  return absolute[1].startsWith('/') ? absolute[1] : `/${absolute[1]}`
}

export function screen(method: string | undefined, target: string | undefined): Verdict {
  const url = originForm(target ?? '')
  if (url === undefined) return answer(400, 'Bad request: the request target must be a path.\n')
  const [path, query] = splitQuery(url)
  if (!method || !KNOWN_METHODS.has(method)) return answer(405, 'Method not allowed.\n', {Allow: allowedMethods(path).join(', ')})
  let segments: string[]
  try {
    segments = path.split('/').map((segment) => decodeURIComponent(segment))
  } catch {
    return answer(400, 'Bad request: malformed percent-encoding in the path.\n')
  }
  if (segments.some((segment) => CONTROL.test(segment))) return answer(400, 'Bad request: control character in the path.\n')
  if (segments.some((segment) => Buffer.byteLength(segment) > MAX_SEGMENT_BYTES)) return answer(404, 'Not found.\n')
  // Next would 308 these itself, without the security headers: `a//b` and `a\b` to `a/b`, `/a/` to `/a`.
  const normal = path.replace(/\\/g, '/').replace(/\/{2,}/g, '/').replace(/(.)\/+$/, '$1')
  if (normal !== path) return answer(308, `${normal}${query}\n`, {Location: `${normal}${query}`})
  return {pass: true, url}
}

function splitQuery(url: string): [string, string] {
  const at = url.indexOf('?')
  return at === -1 ? [url, ''] : [url.slice(0, at), url.slice(at)]
}
