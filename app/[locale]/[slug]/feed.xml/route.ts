import {getTranslations} from 'next-intl/server'
import {getPolicyTimeline} from '@/lib/content/getters'
import {isLocale} from '@/lib/i18n/locales'
import {policyFeed} from '@/lib/feed/policyFeed'
import {slugParams} from '@/lib/policy-params'
import {routing} from '@/i18n/routing'

export const revalidate = 300

export async function generateStaticParams() {
  const slugs = await slugParams()
  return routing.locales.flatMap((locale) => slugs.map(({slug}) => ({locale, slug})))
}

export async function GET(_request: Request, {params}: RouteContext<'/[locale]/[slug]/feed.xml'>) {
  const {locale, slug} = await params
  const data = isLocale(locale) ? await getPolicyTimeline(slug) : undefined
  if (!data || !isLocale(locale)) return new Response('Not found\n', {status: 404, headers: {'Content-Type': 'text/plain; charset=utf-8'}})
  const [tf, th] = await Promise.all([
    getTranslations({locale, namespace: 'Feed'}),
    getTranslations({locale, namespace: 'History'}),
  ])
  const xml = policyFeed({
    ...data,
    locale,
    labels: {
      entryTitle: (version, date) => tf('entryTitle', {version, date}),
      firstVersion: th('firstVersion'),
    },
  })
  return new Response(xml, {headers: {'Content-Type': 'application/atom+xml; charset=utf-8'}})
}
