import {ComparePage} from '@/components/pages/ComparePage'
import {pageResponse} from '@/components/pages/pageResponse'
import {loadCompare} from '@/lib/pages/load'
import {comparePairParams, inEveryLocale} from '@/lib/policy-params'

// The pairs leading into the current and upcoming versions are prerendered; any other pair renders on first
// request and is cached like the rest.
export const revalidate = 300
export const generateStaticParams = inEveryLocale(comparePairParams)

export async function GET(_request: Request, {params}: RouteContext<'/[locale]/[slug]/compare/[a]/[b]'>) {
  return pageResponse(await loadCompare(await params), ComparePage)
}
