// Checks every policy revision of a raw dataset (`readDataset` documents), for the CLI and the importer's report.
// Type-only import from the dataset reader: it loads node:fs, and this module must also bundle for Studio.
import type {SanityDocument} from '@/lib/content/dataset'
import {isPublishedId} from '@/lib/content/ids'
import {checkSection} from './checkSection'
import {checkSummary} from './checkSummary'
import {isObject, sectionFromDocument} from './fromDocument'
import type {Finding} from './types'

export type DatasetCheckOptions = {
  /** Also check `drafts.*` and `versions.*` documents (off by default: only published text reaches readers). */
  includeDrafts?: boolean
}

export type DatasetCheck = {
  findings: Finding[]
  revisions: number
  sections: number
  /** From `siteSettings.requireBothLanguages`: whether a missing language is an error rather than a notice. */
  requireBothLanguages: boolean
}

export function checkDataset(documents: readonly SanityDocument[], options: DatasetCheckOptions = {}): DatasetCheck {
  const wanted = (doc: SanityDocument) => options.includeDrafts || isPublishedId(doc._id)
  const slugs = new Map<string, string>()
  for (const doc of documents) if (doc._type === 'policy' && wanted(doc)) slugs.set(doc._id, slugOf(doc) ?? doc._id)

  const revisions = documents
    .filter((doc) => doc._type === 'policyRevision' && wanted(doc))
    .map((doc) => {
      const policyId = policyIdOf(doc)
      const version = typeof doc.version === 'number' ? doc.version : undefined
      return {doc, policyId, policySlug: policyId ? slugs.get(policyId) : undefined, version}
    })
    .sort((a, b) => policyName(a).localeCompare(policyName(b)) || (a.version ?? 0) - (b.version ?? 0))

  let sections = 0
  const findings = revisions.flatMap(({doc, ...where}) => {
    const raw = Array.isArray(doc.sections) ? doc.sections : []
    sections += raw.length
    const context = {revisionId: doc._id, ...where}
    const summary = isObject(doc.summary) ? {kk: stringOr(doc.summary.kk), ru: stringOr(doc.summary.ru)} : undefined
    return [...checkSummary(summary, context), ...raw.flatMap((section, index) => checkSection(sectionFromDocument(section, index), context))]
  })
  const settings = documents.find((doc) => doc._type === 'siteSettings' && isPublishedId(doc._id))
  return {findings, revisions: revisions.length, sections, requireBothLanguages: settings?.requireBothLanguages === true}
}

const stringOr = (value: unknown) => (typeof value === 'string' ? value : undefined)
const policyName = (r: {policySlug?: string; policyId?: string}) => r.policySlug ?? r.policyId ?? ''

function slugOf(doc: SanityDocument): string | undefined {
  const slug = doc.slug
  if (typeof slug === 'string') return slug
  return isObject(slug) && typeof slug.current === 'string' ? slug.current : undefined
}

// A draft revision may point at the published policy; the reference never carries the drafts. prefix anyway.
function policyIdOf(doc: SanityDocument): string | undefined {
  const ref = doc.policy
  if (typeof ref === 'string') return ref
  return isObject(ref) && typeof ref._ref === 'string' ? ref._ref : undefined
}
