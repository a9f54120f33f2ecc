// The Sanity documents of DESIGN.md's content model: `policy` and `policyRevision` with `policySection` rows.
import type {Localized, PortableTextBlock} from '@/lib/content/types'
import type {SanityDocument} from '@/lib/content/dataset'
import {policyId, revisionId} from './keys'

export type SectionDocument = {
  _key: string
  _type: 'policySection'
  anchor: string
  heading: Localized<string>
  body: Localized<PortableTextBlock[]>
}

export function policyDocument(slug: string, title: Localized<string>, order?: number): SanityDocument {
  return {
    _id: policyId(slug),
    _type: 'policy',
    title,
    slug: {_type: 'slug', current: slug},
    ...(order === undefined ? {} : {order}),
  }
}

export function revisionDocument(revision: {
  slug: string
  version: number
  effectiveFrom: string
  summary?: Localized<string>
  requiresConsent: boolean
  sections: SectionDocument[]
}): SanityDocument {
  return {
    _id: revisionId(revision.slug, revision.version),
    _type: 'policyRevision',
    policy: {_type: 'reference', _ref: policyId(revision.slug)},
    version: revision.version,
    effectiveFrom: revision.effectiveFrom,
    ...(revision.summary && Object.keys(revision.summary).length ? {summary: revision.summary} : {}),
    requiresConsent: revision.requiresConsent,
    sections: revision.sections,
  }
}

/** Drops undefined sides so the output has no `"kk": undefined` holes (and stays byte-stable). */
export function localized<T>(value: Localized<T>): Localized<T> {
  return Object.fromEntries(Object.entries(value).filter(([, side]) => side !== undefined)) as Localized<T>
}
