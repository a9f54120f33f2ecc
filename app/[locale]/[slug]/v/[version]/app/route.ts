import {appViewResponse} from '@/components/app-view/appViewResponse'
import {inEveryLocale, versionParams} from '@/lib/policy-params'

// Zero-JS view of one revision, for apps that pin the version a user accepted. Its text never changes once in
// force; its notice (upcoming, current, archived) does.
export const revalidate = 300
export const generateStaticParams = inEveryLocale(versionParams)

type Context = {params: Promise<{locale: string; slug: string; version: string}>}

export async function GET(_request: Request, {params}: Context) {
  return appViewResponse(await params)
}
