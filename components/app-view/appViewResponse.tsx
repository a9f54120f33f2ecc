import 'server-only'
import {APP_VIEW_CSP} from '@/lib/app-view/csp'
import {loadAppView} from '@/lib/app-view/load'
import {htmlResponse} from '@/lib/html/respond'
import {isLocale} from '@/lib/i18n/locales'
import {translator} from '@/lib/i18n/translator'
import {AppNotFound} from './AppNotFound'
import {AppRevision} from './AppRevision'

export const APP_VIEW_HEADERS = {
  'Content-Security-Policy': APP_VIEW_CSP,
  // The bilingual page is the one to index; a header costs the view no bytes.
  'X-Robots-Tag': 'noindex',
}

/** The app view of a revision as a complete HTML document, or its 404 page (in the URL's language when it has one). */
export async function appViewResponse(params: {locale: string; slug: string; version?: string}): Promise<Response> {
  const data = await loadAppView(params)
  const locale = data?.locale ?? (isLocale(params.locale) ? params.locale : 'kk')
  const t = translator(locale)
  const tree = data ? <AppRevision data={data} t={t} /> : <AppNotFound locale={locale} t={t} />
  return htmlResponse(tree, {status: data ? 200 : 404, headers: APP_VIEW_HEADERS})
}
