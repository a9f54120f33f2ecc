import {pageResponse} from '@/components/pages/pageResponse'
import {RevisionPage} from '@/components/pages/RevisionPage'
import {loadRevision} from '@/lib/pages/load'
import {inEveryLocale, versionParams} from '@/lib/policy-params'

// A revision's text never changes once in force, but its status (upcoming, current, archive) does.
export const revalidate = 300
export const generateStaticParams = inEveryLocale(versionParams)

export async function GET(_request: Request, {params}: RouteContext<'/[locale]/[slug]/v/[version]'>) {
  return pageResponse(await loadRevision(await params), RevisionPage)
}
