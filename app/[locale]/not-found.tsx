import {getLocale, getTranslations} from 'next-intl/server'
import {SiteHeader} from '@/components/layout/SiteHeader'
import {isLocale, otherLocale} from '@/lib/i18n/locales'
import {paths} from '@/lib/urls'

export default async function NotFound() {
  const requested = await getLocale()
  const locale = isLocale(requested) ? requested : 'kk'
  const t = await getTranslations({locale, namespace: 'NotFound'})
  return (
    <>
      <title>{t('title')}</title>
      <SiteHeader locale={locale} alternateHref={paths.home(otherLocale(locale))} />
      <main id="main" className="mx-auto max-w-3xl px-4 py-16 sm:px-6">
        <h1 className="text-3xl font-semibold">{t('title')}</h1>
        <p className="mt-4 text-muted">{t('body')}</p>
        <p className="mt-6">
          <a href={paths.home(locale)}>{t('back')}</a>
        </p>
      </main>
    </>
  )
}
