import {pageResponse} from '@/components/pages/pageResponse'
import {RevisionPage} from '@/components/pages/RevisionPage'
import {loadCurrent} from '@/lib/pages/load'
import {inEveryLocale, slugParams} from '@/lib/policy-params'

// The current revision changes at 00:00 Almaty without any publish: re-rendered at most 5 minutes stale.
export const revalidate = 300
export const generateStaticParams = inEveryLocale(slugParams)

export async function GET(_request: Request, {params}: RouteContext<'/[locale]/[slug]'>) {
  return pageResponse(await loadCurrent(await params), RevisionPage)
}
