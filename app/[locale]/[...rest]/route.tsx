import {notFoundResponse} from '@/components/pages/pageResponse'
import {isLocale} from '@/lib/i18n/locales'

// Any path under a language that no route matches: the 404 in that language (outside both: in both).
export async function GET(_request: Request, {params}: RouteContext<'/[locale]/[...rest]'>) {
  const {locale} = await params
  return notFoundResponse(isLocale(locale) ? locale : undefined)
}
