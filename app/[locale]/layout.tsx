import '../globals.css'
import type {Metadata, Viewport} from 'next'
import {notFound} from 'next/navigation'
import {getTranslations, setRequestLocale} from 'next-intl/server'
import {SiteFooter} from '@/components/layout/SiteFooter'
import {isLocale} from '@/lib/i18n/locales'
import {env} from '@/lib/env'
import {routing} from '@/i18n/routing'

export function generateStaticParams() {
  return routing.locales.map((locale) => ({locale}))
}

export const metadata: Metadata = {metadataBase: new URL(env.SITE_URL)}

export const viewport: Viewport = {
  colorScheme: 'light dark',
  themeColor: [
    {media: '(prefers-color-scheme: light)', color: '#fbfaf7'},
    {media: '(prefers-color-scheme: dark)', color: '#14161a'},
  ],
}

export default async function LocaleLayout({children, params}: LayoutProps<'/[locale]'>) {
  const {locale} = await params
  if (!isLocale(locale)) notFound()
  setRequestLocale(locale)
  const t = await getTranslations({locale, namespace: 'Site'})
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:m-2 focus:rounded focus:bg-paper focus:p-2">
          {t('skipToContent')}
        </a>
        <div className="flex-1">{children}</div>
        <SiteFooter locale={locale} />
      </body>
    </html>
  )
}
