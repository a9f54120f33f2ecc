// Domain types shared by the pages, the importer, the checkers and the apps' JSON.
// Wire shapes (what GROQ returns) are reshaped into these inside lib/content.

export const locales = ['kk', 'ru'] as const
export type Locale = (typeof locales)[number]

/** One value per locale; either side may be missing (a policy that exists in one language only). */
export type Localized<T> = {kk?: T; ru?: T}

export type PortableTextSpan = {
  _type: 'span'
  _key?: string
  text: string
  marks?: string[]
}

export type PortableTextLinkDef = {_type: 'link'; _key: string; href: string}

export type PortableTextBlock = {
  _type: 'block'
  _key?: string
  style?: string
  listItem?: 'bullet' | 'number'
  level?: number
  children: PortableTextSpan[]
  markDefs?: PortableTextLinkDef[]
}

export type Section = {
  /** The section's `_key`: stable across revisions, used to match and diff sections. */
  key: string
  /** URL fragment; falls back to the key when the editor set none. */
  anchor: string
  heading: Localized<string>
  body: Localized<PortableTextBlock[]>
}

export type ContentHash = {all: string; kk: string; ru: string}

export type Revision = {
  id: string
  policyId: string
  version: number
  /** `YYYY-MM-DD`, a calendar day in Asia/Almaty. */
  effectiveFrom: string
  summary: Localized<string>
  /** A material change: apps should ask their users to accept the policy again. */
  requiresConsent: boolean
  sections: Section[]
  hash: ContentHash
}

export type RevisionStatus = 'current' | 'upcoming' | 'archive'

export type Owner = {name: Localized<string>; email?: string; url?: string}

/** Which text prevails when the kk and ru texts differ: both have equal force, or one of them prevails. */
export type PrevailingLanguage = 'equal' | Locale

export type Policy = {
  id: string
  slug: string
  title: Localized<string>
  owner?: Owner
  order?: number
  /**
   * Resolved by the content seam: the policy's own setting, else the site's (`siteSettings.prevailingLanguage`),
   * else equal force. Absent (a policy made by hand, in tests) also means equal force.
   */
  prevailingLanguage?: PrevailingLanguage
  /** Sorted by version, ascending. */
  revisions: Revision[]
}

export type SiteSettings = {
  title: Localized<string>
  organization: Localized<string>
  contactEmail?: string
  contactPhone?: string
  address: Localized<string>
  /** When set, a section missing one language is an error in Studio, not a warning. */
  requireBothLanguages: boolean
}
