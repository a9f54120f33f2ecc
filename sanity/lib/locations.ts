// Where a document shows on the site, for the Presentation tool, built by the site's own path builders
// (lib/paths.ts: pure, unlike lib/urls.ts, which reads the site's settings).
import {locales} from '../../lib/content/types'
import {paths} from '../../lib/paths'

export type Location = {title: string; href: string}

type Titled = {slug?: string; kk?: string; ru?: string}

export function policyLocations(doc: Titled | null): Location[] {
  const slug = doc?.slug
  if (!slug) return []
  return locales.map((locale) => ({title: `${doc[locale] || doc.kk || doc.ru || slug} (${locale})`, href: paths.policy(locale, slug)}))
}

export function revisionLocations(doc: (Titled & {version?: number}) | null): Location[] {
  const slug = doc?.slug
  const version = doc?.version
  if (!slug || typeof version !== 'number') return []
  return [
    ...locales.map((locale) => ({title: `v${version} (${locale})`, href: paths.revision(locale, slug, version)})),
    ...policyLocations(doc),
  ]
}
