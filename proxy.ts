import createMiddleware from 'next-intl/middleware'
import {routing} from './lib/i18n/routing'

export default createMiddleware(routing)

export const config = {
  // Only paths without a language: `/` (redirected by Accept-Language) and `/anything` (to `/kk/anything`).
  // Pages under `/kk` and `/ru` are answered by their route handlers directly, with no proxy in front of the
  // static response. Also skipped: the Studio, the APIs, Next's own files and files with an extension
  // (feed.xml, sitemap.xml …). The languages are spelled out because Next reads the matcher statically.
  matcher: ['/((?!(?:kk|ru)(?:/|$)|api|studio|_next|_vercel|.*\\..*).*)'],
}
