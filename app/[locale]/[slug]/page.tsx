import type {Metadata} from 'next'
import {notFound} from 'next/navigation'
import {setRequestLocale} from 'next-intl/server'
import {SiteHeader} from '@/components/layout/SiteHeader'
import {RevisionDocument} from '@/components/policy/RevisionDocument'
import {getPolicyTimeline} from '@/lib/content/getters'
import type {Locale} from '@/lib/content/types'
import {findEntry} from '@/lib/revisions/timeline'
import {otherLocale} from '@/lib/i18n/locales'
import {policyMetadata} from '@/lib/policy-metadata'
import {slugParams} from '@/lib/policy-params'
import {localeParams} from '@/lib/i18n/params'
import {paths} from '@/lib/urls'

// The current revision changes at 00:00 Almaty without any publish: re-render at most 5 minutes stale.
export const revalidate = 300
export const generateStaticParams = slugParams

type Props = PageProps<'/[locale]/[slug]'>

async function load(props: Props) {
  const {locale, slug} = await localeParams(props.params)
  const data = await getPolicyTimeline(slug)
  const shown = data && (data.timeline.current ?? data.timeline.upcoming)
  const entry = shown && findEntry(data.timeline, shown.version)
  if (!data || !entry) notFound()
  return {locale, slug, ...data, entry}
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const {locale, slug, policy, entry} = await load(props)
  return policyMetadata({policy, revision: entry.revision, locale, path: (l) => paths.policy(l, slug)})
}

export default async function PolicyPage(props: Props) {
  const {locale, slug, policy, timeline, entry} = await load(props)
  setRequestLocale(locale)
  const alternateHref = paths.policy(otherLocale(locale), slug)
  return (
    <>
      <SiteHeader locale={locale} alternateHref={alternateHref} />
      <RevisionDocument policy={policy} timeline={timeline} entry={entry} locale={locale} alternateHref={alternateHref} />
    </>
  )
}
