import type {ReactNode} from 'react'
import {SiteFooter} from '@/components/layout/SiteFooter'
import {SiteHeader} from '@/components/layout/SiteHeader'
import type {PageContext} from '@/lib/pages/load'
import type {Head} from '@/lib/pages/head'
import type {Translator} from '@/lib/i18n/translator'
import {DocumentHead} from './DocumentHead'

type Props = PageContext & {
  t: Translator
  head: Head
  /** This page in the other language, for the language switch. */
  alternateHref: string
  children: ReactNode
}

/**
 * A whole reader page: one HTML document with its stylesheet inline and no script. Nothing on it is interactive
 * beyond links and native `<details>`, so it needs no client runtime at all (README: "How reader pages are made").
 */
export function ReaderDocument({locale, settings, t, head, alternateHref, children}: Props) {
  return (
    <html lang={locale}>
      <DocumentHead head={head} locale={locale} />
      <body className="flex min-h-screen flex-col">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:m-2 focus:rounded focus:bg-paper focus:p-2">
          {t('Site.skipToContent')}
        </a>
        <div className="flex-1">
          <SiteHeader locale={locale} settings={settings} t={t} alternateHref={alternateHref} />
          {children}
        </div>
        <SiteFooter locale={locale} settings={settings} t={t} />
      </body>
    </html>
  )
}
