import {defineRouting} from 'next-intl/routing'

export const routing = defineRouting({
  locales: ['kk', 'ru'],
  defaultLocale: 'kk',
  // Public pages set no cookies: the locale lives in the URL and `/` picks it from Accept-Language.
  localeCookie: false,
  localeDetection: true,
})
