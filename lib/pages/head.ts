import type {Locale} from '@/lib/content/types'
import {absoluteUrl} from '@/lib/urls'

/** What a page says about itself in its `<head>`: its title, description, and where it lives in each language. */
export type Head = {
  title: string
  description?: string
  /** The page in each language: canonical URL and hreflang alternates. None for a 404. */
  path?: (locale: Locale) => string
  /** The policy's Atom feed in this language. */
  feed?: string
  /** Pages worth reading but not worth a search result (comparisons). */
  noindex?: boolean
}

export type HeadLink = {rel: string; href: string; hrefLang?: string; type?: string}

/** Canonical URL, both languages (Kazakh also as x-default) and the feed, as absolute `<link>`s. */
export function headLinks({path, feed}: Head, locale: Locale): HeadLink[] {
  if (!path) return []
  return [
    {rel: 'canonical', href: absoluteUrl(path(locale))},
    {rel: 'alternate', hrefLang: 'kk', href: absoluteUrl(path('kk'))},
    {rel: 'alternate', hrefLang: 'ru', href: absoluteUrl(path('ru'))},
    {rel: 'alternate', hrefLang: 'x-default', href: absoluteUrl(path('kk'))},
    ...(feed ? [{rel: 'alternate', type: 'application/atom+xml', href: absoluteUrl(feed)}] : []),
  ]
}
