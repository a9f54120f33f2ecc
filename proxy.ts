import createMiddleware from 'next-intl/middleware'
import {NextResponse, type NextRequest} from 'next/server'
import {READ_ONLY} from './lib/http/methods'
import {routing} from './lib/i18n/routing'
import {baseHeaders} from './lib/security-headers'

const redirectByLanguage = createMiddleware(routing)

// Reader pages, feeds, the app view and the Studio are read, never written: without this Next answers a POST or a
// DELETE with the page. Exporting POST from each route would make it dynamic; here the static copy stays static.
function methodNotAllowed(): NextResponse {
  const allow = READ_ONLY.join(', ')
  return new NextResponse(`Method not allowed. Allow: ${allow}\n`, {
    status: 405,
    headers: {...baseHeaders(), Allow: allow, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store'},
  })
}

/** Paths that are not redirected by language: under a language, the Studio, files (favicon.ico, feed.xml …). */
const KEPT = /^\/(?:(?:kk|ru|studio)(?:\/|$)|[^?]*\.)/

export default function proxy(request: NextRequest) {
  if (!(READ_ONLY as readonly string[]).includes(request.method)) return methodNotAllowed()
  if (KEPT.test(request.nextUrl.pathname)) return NextResponse.next()
  const response = redirectByLanguage(request)
  // The redirect depends on Accept-Language: a shared cache must keep one per language, or none.
  response.headers.set('Vary', 'Accept-Language')
  return response
}

export const config = {
  // Every path but the APIs (they answer their own methods) and Next's own files. Only `/` and paths without a
  // language are redirected by Accept-Language; the rest only has its method checked. Next reads the matcher
  // statically, so it is spelled out.
  matcher: ['/((?!api(?:/|$)|_next/|_vercel/).*)'],
}
