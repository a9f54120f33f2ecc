import {defineRouting} from 'next-intl/routing'
import {locales} from '@/lib/content/types'

// Only for proxy.ts: `/` and paths without a language are sent to one by Accept-Language.
export const routing = defineRouting({
  locales,
  defaultLocale: 'kk',
  // Public pages set no cookies: the locale lives in the URL and `/` picks it from Accept-Language.
  localeCookie: false,
  localeDetection: true,
})
