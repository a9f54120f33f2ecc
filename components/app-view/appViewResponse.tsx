import 'server-only'
import {AppNotFound} from '@/components/app-view/AppNotFound'
import {AppRevision} from '@/components/app-view/AppRevision'
import {isLocale} from '@/lib/i18n/locales'
import {APP_VIEW_CSP} from './csp'
import {loadAppView} from './load'
import {appTranslator} from './messages'
import {renderToStaticHtml} from '@/lib/html/render'

export const APP_VIEW_HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy': APP_VIEW_CSP,
  // The bilingual page is the one to index; a header costs the view no bytes.
  'X-Robots-Tag': 'noindex',
}

/** The app view of a revision as a complete HTML document, or its 404 page (in the URL's language when it has one). */
export async function appViewResponse(params: {locale: string; slug: string; version?: string}): Promise<Response> {
  const data = await loadAppView(params)
  const locale = data?.locale ?? (isLocale(params.locale) ? params.locale : 'kk')
  const t = appTranslator(locale)
  const tree = data ? <AppRevision data={data} t={t} /> : <AppNotFound locale={locale} t={t} />
  const html = `<!DOCTYPE html>${await renderToStaticHtml(tree)}`
  return new Response(html, {status: data ? 200 : 404, headers: APP_VIEW_HEADERS})
}
