import {getPolicyTimeline} from '@/lib/content/getters'
import {isLocale} from '@/lib/i18n/locales'
import {translator} from '@/lib/i18n/translator'
import {feedLabels, policyFeed} from '@/lib/feed/policyFeed'
import {inEveryLocale, slugParams} from '@/lib/policy-params'

export const revalidate = 300
export const generateStaticParams = inEveryLocale(slugParams)

export async function GET(_request: Request, {params}: RouteContext<'/[locale]/[slug]/feed.xml'>) {
  const {locale, slug} = await params
  const data = isLocale(locale) ? await getPolicyTimeline(slug) : undefined
  if (!data || !isLocale(locale)) return new Response('Not found\n', {status: 404, headers: {'Content-Type': 'text/plain; charset=utf-8'}})
  const xml = policyFeed({...data, locale, labels: feedLabels(translator(locale), locale)})
  return new Response(xml, {headers: {'Content-Type': 'application/atom+xml; charset=utf-8'}})
}
