import {appViewResponse} from '@/lib/app-view/respond'
import {appParams} from '@/lib/app-view/params'

// Zero-JS view of the current revision for webviews. Static; the current revision changes at 00:00 Almaty without
// any publish, so it is re-rendered at most 5 minutes stale, like the page.
export const revalidate = 300
export const generateStaticParams = appParams

type Context = {params: Promise<{locale: string; slug: string}>}

export async function GET(_request: Request, {params}: Context) {
  return appViewResponse(await params)
}
