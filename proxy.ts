import createMiddleware from 'next-intl/middleware'
import type {NextRequest} from 'next/server'
import {routing} from './lib/i18n/routing'

const redirectByLanguage = createMiddleware(routing)

export default function proxy(request: NextRequest) {
  const response = redirectByLanguage(request)
  // The redirect depends on Accept-Language: a shared cache must keep one per language, or none.
  response.headers.set('Vary', 'Accept-Language')
  return response
}

export const config = {
  // Only paths without a language: `/` (redirected by Accept-Language) and `/anything` (to `/kk/anything`).
  // Pages under `/kk` and `/ru` are answered by their route handlers directly, with no proxy in front of the
  // static response. Also skipped: the Studio, the APIs, Next's own files and files with an extension
  // (feed.xml, sitemap.xml …). The languages are spelled out because Next reads the matcher statically.
  matcher: ['/((?!(?:kk|ru)(?:/|$)|api|studio|_next|_vercel|.*\\..*).*)'],
}
