// Where the draft-mode routes may send an editor back to: a path on this site, nothing else. Browsers read `/\x`,
// `/\t/x` and `//x` as another host, so the value is parsed as the WHATWG URL parser (the browser's) reads it,
// against the request's own origin, and anything that lands elsewhere, or holds a backslash or a control
// character, falls back to the home page.

const UNSAFE = /[\u0000-\u001f\u007f\\]/

/** `wanted` as a path (with its query and fragment) on the origin of `requestUrl`, or `fallback`. */
export function sameOriginPath(requestUrl: string, wanted: string | null | undefined, fallback = '/'): string {
  if (!wanted || !wanted.startsWith('/') || wanted.startsWith('//') || UNSAFE.test(wanted)) return fallback
  const origin = new URL(requestUrl).origin
  let url: URL
  try {
    url = new URL(wanted, origin)
  } catch {
    return fallback
  }
  const path = `${url.pathname}${url.search}${url.hash}`
  // Dot segments can leave a path starting `//` (`/a/../..//x`): a Location a browser reads as the host `x`.
  if (url.origin !== origin || path.startsWith('//')) return fallback
  return path
}

/** 307 to the `redirect` query parameter when it is a path on this site, else to `/`. */
export function redirectBack(request: Request): Response {
  const location = sameOriginPath(request.url, new URL(request.url).searchParams.get('redirect'))
  return new Response(null, {status: 307, headers: {Location: location, 'Cache-Control': 'no-store'}})
}
