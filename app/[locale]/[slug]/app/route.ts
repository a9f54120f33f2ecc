import {appViewResponse} from '@/components/app-view/appViewResponse'
import {inEveryLocale, slugParams} from '@/lib/policy-params'

// Zero-JS view of the current revision for webviews. Static; the current revision changes at 00:00 Almaty without
// any publish, so it is re-rendered at most 5 minutes stale, like the page.
export const revalidate = 300
export const generateStaticParams = inEveryLocale(slugParams)

type Context = {params: Promise<{locale: string; slug: string}>}

export async function GET(_request: Request, {params}: Context) {
  return appViewResponse(await params)
}
