// Every public URL of the site, built in one place (paths are part of the contract in DESIGN.md).
import type {Locale} from '@/lib/content/types'
import {env} from '@/lib/env'

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

export function absoluteUrl(path: string): string {
  return new URL(path, env.SITE_URL).toString()
}
