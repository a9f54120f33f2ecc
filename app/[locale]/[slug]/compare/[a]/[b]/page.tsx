import type {Metadata} from 'next'
import {notFound, permanentRedirect} from 'next/navigation'
import {getTranslations, setRequestLocale} from 'next-intl/server'
import {CompareHeader} from '@/components/compare/CompareHeader'
import {CompareRows} from '@/components/compare/CompareRows'
import {DiffLegend} from '@/components/compare/DiffLegend'
import {SiteHeader} from '@/components/layout/SiteHeader'
import {StaticHtml} from '@/components/StaticHtml'
import {compareLabels} from '@/lib/compare/labels'
import {getPolicyTimeline} from '@/lib/content/getters'
import type {Locale} from '@/lib/content/types'
import {compareRevisions} from '@/lib/revisions/compare'
import {otherLocale, pickLocalized} from '@/lib/i18n/locales'
import {alternates} from '@/lib/metadata'
import {comparePairParams, parseVersion} from '@/lib/policy-params'
import {localeParams} from '@/lib/i18n/params'
import {paths} from '@/lib/urls'

// The pairs leading into the current and upcoming versions are prerendered; any other pair renders on first
// request and is cached like the rest.
export const revalidate = 300
export const generateStaticParams = comparePairParams

type Props = PageProps<'/[locale]/[slug]/compare/[a]/[b]'>

async function load(props: Props) {
  const params = await localeParams(props.params)
  const [a, b] = [parseVersion(params.a), parseVersion(params.b)]
  if (!a || !b || a === b) notFound()
  if (a > b) permanentRedirect(paths.compare(params.locale, params.slug, b, a))
  const data = await getPolicyTimeline(params.slug)
  const from = data?.policy.revisions.find((r) => r.version === a)
  const to = data?.policy.revisions.find((r) => r.version === b)
  if (!data || !from || !to) notFound()
  return {...params, policy: data.policy, from, to}
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const {locale, slug, policy, from, to} = await load(props)
  const t = await getTranslations({locale, namespace: 'Compare'})
  return {
    title: `${pickLocalized(policy.title, locale)?.value ?? slug}: ${t('title', {from: from.version, to: to.version})}`,
    alternates: alternates(locale, (l) => paths.compare(l, slug, from.version, to.version)),
    robots: {index: false},
  }
}

export default async function ComparePage(props: Props) {
  const {locale, slug, policy, from, to} = await load(props)
  setRequestLocale(locale)
  const {rows, stats} = compareRevisions(from, to)
  const {labels, legend} = await compareLabels(locale)
  return (
    <>
      <SiteHeader locale={locale} alternateHref={paths.compare(otherLocale(locale), slug, from.version, to.version)} />
      <StaticHtml as="main" id="main" className="mx-auto max-w-7xl px-4 py-8 sm:px-6 sm:py-10">
        <CompareHeader policy={policy} from={from} to={to} stats={stats} locale={locale} />
        <div className="mt-6">
          <DiffLegend labels={legend} />
        </div>
        <div className="mt-6">
          <CompareRows rows={rows} locale={locale} otherLocale={otherLocale(locale)} labels={labels} />
        </div>
      </StaticHtml>
    </>
  )
}
