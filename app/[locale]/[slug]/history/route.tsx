import {HistoryPage} from '@/components/pages/HistoryPage'
import {pageResponse} from '@/components/pages/pageResponse'
import {loadHistory} from '@/lib/pages/load'
import {inEveryLocale, slugParams} from '@/lib/policy-params'

export const revalidate = 300
export const generateStaticParams = inEveryLocale(slugParams)

export async function GET(_request: Request, {params}: RouteContext<'/[locale]/[slug]/history'>) {
  return pageResponse(await loadHistory(await params), HistoryPage)
}
