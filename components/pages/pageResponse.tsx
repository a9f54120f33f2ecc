import 'server-only'
import type {ReactNode} from 'react'
import {getSiteSettings} from '@/lib/content/getters'
import {htmlResponse} from '@/lib/html/respond'
import {translator, type Translator} from '@/lib/i18n/translator'
import type {Loaded, PageContext} from '@/lib/pages/load'
import {GlobalNotFoundPage} from './GlobalNotFoundPage'
import {NotFoundPage} from './NotFoundPage'

type Page<T> = (props: PageContext & T & {t: Translator}) => ReactNode

/** What a reader route answers: its page, the 404 (in the URL's language when it has one) or a redirect. */
export async function pageResponse<T>(loaded: Loaded<T>, Page: Page<T>): Promise<Response> {
  if (loaded.kind === 'redirect') return new Response(null, {status: 308, headers: {Location: loaded.location}})
  if (loaded.kind === 'notFound') return notFoundResponse(loaded.locale)
  const {kind: _, ...page} = loaded
  return htmlResponse(<Page {...(page as PageContext & T)} t={translator(page.locale)} />)
}

export async function notFoundResponse(locale: PageContext['locale'] | undefined): Promise<Response> {
  if (!locale) return htmlResponse(<GlobalNotFoundPage />, {status: 404})
  const settings = await getSiteSettings()
  return htmlResponse(<NotFoundPage locale={locale} settings={settings} drafts={false} t={translator(locale)} />, {status: 404})
}
