import type {Metadata} from 'next'
import {getTranslations, setRequestLocale} from 'next-intl/server'
import {SiteHeader} from '@/components/layout/SiteHeader'
import {StaticHtml} from '@/components/StaticHtml'
import {PolicyList} from '@/components/policy/PolicyList'
import {listPolicies, getSiteSettings} from '@/lib/content/getters'
import type {Locale} from '@/lib/content/types'
import {otherLocale, pickLocalized} from '@/lib/i18n/locales'
import {alternates} from '@/lib/metadata'
import {localeParams} from '@/lib/i18n/params'
import {paths} from '@/lib/urls'

export const revalidate = 300

export async function generateMetadata({params}: PageProps<'/[locale]'>): Promise<Metadata> {
  const {locale} = await localeParams(params)
  const settings = await getSiteSettings()
  return {
    title: pickLocalized(settings.title, locale)?.value,
    alternates: alternates(locale, (l) => paths.home(l)),
  }
}

export default async function IndexPage({params}: PageProps<'/[locale]'>) {
  const {locale} = await localeParams(params)
  setRequestLocale(locale)
  const [policies, t] = await Promise.all([listPolicies(), getTranslations({locale, namespace: 'Index'})])
  return (
    <>
      <SiteHeader locale={locale} alternateHref={paths.home(otherLocale(locale))} />
      <StaticHtml as="main" id="main" className="mx-auto max-w-4xl px-4 py-10 sm:px-6">
        <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">{t('heading')}</h1>
        <p className="mt-3 max-w-2xl text-muted">{t('intro')}</p>
        {policies.length ? <PolicyList policies={policies} locale={locale} /> : <p className="mt-8">{t('empty')}</p>}
      </StaticHtml>
    </>
  )
}
