import createMiddleware from 'next-intl/middleware'
import {routing} from './i18n/routing'

export default createMiddleware(routing)

export const config = {
  // Everything but the Studio, the APIs, Next's own files, files with an extension (feed.xml, sitemap.xml …) and
  // the apps' webviews (route handlers with a locale already in the path).
  matcher: ['/((?!api|studio|_next|_vercel|.*\\..*|[^/]+/[^/]+/app$|[^/]+/[^/]+/v/[^/]+/app$).*)'],
}
