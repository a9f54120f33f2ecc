// Every public path of the site, built in one place (paths are a contract with readers' bookmarks and apps: README, For
// app developers). Pure, with no imports but types, so the Studio (Presentation tool locations) builds its links with
// it too; absolute URLs, which read the site's settings, are lib/urls.ts.
import type {Locale} from '@/lib/content/types'

export const paths = {
  home: (locale: Locale) => `/${locale}`,
  policy: (locale: Locale, slug: string) => `/${locale}/${slug}`,
  revision: (locale: Locale, slug: string, version: number) => `/${locale}/${slug}/v/${version}`,
  history: (locale: Locale, slug: string) => `/${locale}/${slug}/history`,
  compare: (locale: Locale, slug: string, a: number, b: number) => `/${locale}/${slug}/compare/${a}/${b}`,
  app: (locale: Locale, slug: string) => `/${locale}/${slug}/app`,
  revisionApp: (locale: Locale, slug: string, version: number) => `/${locale}/${slug}/v/${version}/app`,
  feed: (locale: Locale, slug: string) => `/${locale}/${slug}/feed.xml`,
  api: (slug: string) => `/api/policies/${slug}`,
}
