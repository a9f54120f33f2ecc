import {IndexPage} from '@/components/pages/IndexPage'
import {pageResponse} from '@/components/pages/pageResponse'
import {locales} from '@/lib/content/types'
import {loadIndex} from '@/lib/pages/load'

// Reader pages are route handlers answering whole HTML documents with no script (README: "How reader pages are
// made"). Static, re-rendered at most 5 minutes stale and whenever the webhook revalidates what they read.
export const revalidate = 300
export const generateStaticParams = () => locales.map((locale) => ({locale}))

export async function GET(_request: Request, {params}: RouteContext<'/[locale]'>) {
  return pageResponse(await loadIndex(await params), IndexPage)
}
