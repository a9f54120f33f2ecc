import type {Metadata} from 'next'
import {notFound} from 'next/navigation'
import {getTranslations, setRequestLocale} from 'next-intl/server'
import {HistoryList} from '@/components/history/HistoryList'
import {StaticHtml} from '@/components/StaticHtml'
import {SiteHeader} from '@/components/layout/SiteHeader'
import {getPolicyTimeline} from '@/lib/content/getters'
import type {Locale} from '@/lib/content/types'
import {otherLocale, pickLocalized} from '@/lib/i18n/locales'
import {alternates} from '@/lib/metadata'
import {slugParams} from '@/lib/policy-params'
import {localeParams} from '@/lib/i18n/params'
import {paths} from '@/lib/urls'

export const revalidate = 300
export const generateStaticParams = slugParams

type Props = PageProps<'/[locale]/[slug]/history'>

async function load(props: Props) {
  const {locale, slug} = await localeParams(props.params)
  const data = await getPolicyTimeline(slug)
  if (!data || !data.timeline.entries.length) notFound()
  return {locale, slug, ...data}
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const {locale, slug, policy} = await load(props)
  const t = await getTranslations({locale, namespace: 'History'})
  return {
    title: `${pickLocalized(policy.title, locale)?.value ?? slug}: ${t('title')}`,
    alternates: {...alternates(locale, (l) => paths.history(l, slug)), types: {'application/atom+xml': paths.feed(locale, slug)}},
  }
}

export default async function HistoryPage(props: Props) {
  const {locale, slug, policy, timeline} = await load(props)
  setRequestLocale(locale)
  const t = await getTranslations({locale, namespace: 'History'})
  const title = pickLocalized(policy.title, locale)
  return (
    <>
      <SiteHeader locale={locale} alternateHref={paths.history(otherLocale(locale), slug)} />
      <StaticHtml as="main" id="main" className="mx-auto max-w-7xl px-4 py-8 sm:px-6 sm:py-10">
        <p className="text-sm">
          <a href={paths.policy(locale, slug)} lang={title?.lang}>
            {title?.value ?? slug}
          </a>
        </p>
        <h1 className="mt-2 text-3xl font-semibold tracking-tight sm:text-4xl">{t('title')}</h1>
        <p className="mt-3 max-w-2xl text-muted">{t('intro')}</p>
        <HistoryList policy={policy} timeline={timeline} locale={locale} />
      </StaticHtml>
    </>
  )
}
