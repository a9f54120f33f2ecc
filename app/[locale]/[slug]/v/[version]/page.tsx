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
import {parseVersion, versionParams} from '@/lib/policy-params'
import {localeParams} from '@/lib/i18n/params'
import {paths} from '@/lib/urls'

// A revision's text never changes once in force, but its status (upcoming, current, archive) does.
export const revalidate = 300
export const generateStaticParams = versionParams

type Props = PageProps<'/[locale]/[slug]/v/[version]'>

async function load(props: Props) {
  const params = await localeParams(props.params)
  const version = parseVersion(params.version)
  const data = version ? await getPolicyTimeline(params.slug) : undefined
  const entry = data && version && findEntry(data.timeline, version)
  if (!data || !entry || !version) notFound()
  return {...params, ...data, entry, version}
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const {locale, slug, policy, entry, version} = await load(props)
  return policyMetadata({policy, revision: entry.revision, locale, path: (l) => paths.revision(l, slug, version)})
}

export default async function RevisionPage(props: Props) {
  const {locale, slug, policy, timeline, entry, version} = await load(props)
  setRequestLocale(locale)
  const alternateHref = paths.revision(otherLocale(locale), slug, version)
  return (
    <>
      <SiteHeader locale={locale} alternateHref={alternateHref} />
      <RevisionDocument policy={policy} timeline={timeline} entry={entry} locale={locale} alternateHref={alternateHref} />
    </>
  )
}
