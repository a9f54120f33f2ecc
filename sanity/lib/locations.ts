// Where a document shows on the site, for the Presentation tool. Paths follow DESIGN.md (lib/urls.ts builds
// the same ones for the site; it reads server settings, so it is not imported into the Studio bundle).
import {locales} from '../../lib/content/types'

export type Location = {title: string; href: string}

type Titled = {slug?: string; kk?: string; ru?: string}

export function policyLocations(doc: Titled | null): Location[] {
  if (!doc?.slug) return []
  return locales.map((locale) => ({title: `${doc[locale] || doc.kk || doc.ru || doc.slug} (${locale})`, href: `/${locale}/${doc.slug}`}))
}

export function revisionLocations(doc: (Titled & {version?: number}) | null): Location[] {
  if (!doc?.slug || typeof doc.version !== 'number') return []
  return [
    ...locales.map((locale) => ({
      title: `v${doc.version} (${locale})`,
      href: `/${locale}/${doc.slug}/v/${doc.version}`,
    })),
    ...policyLocations(doc),
  ]
}
