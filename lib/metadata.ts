import type {Metadata} from 'next'
import type {Locale} from '@/lib/content/types'

/** Canonical URL and hreflang alternates for a page that exists in both locales. */
export function alternates(locale: Locale, path: (locale: Locale) => string): Metadata['alternates'] {
  return {
    canonical: path(locale),
    languages: {kk: path('kk'), ru: path('ru'), 'x-default': path('kk')},
  }
}
