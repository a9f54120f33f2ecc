// Wire shapes (what the GROQ queries return) to domain types. Anything malformed is dropped or repaired here,
// with one report naming the document and field, so pages only ever see valid data.
import {hashSections} from '@/lib/revisions/hash'
import {isIsoDay} from '@/lib/revisions/dates'
import {sectionAnchor} from './anchors'
import {prevailingLanguages, resolvePrevailingLanguage} from './prevailing'
import {reportProblem} from './report'
import {isSafeHref} from './links'
import {cleanBlocks, cleanLocalizedText, cleanText} from './sanitize'
import type {Policy, Revision, Section, SiteSettings} from './types'

type Raw = Record<string, unknown>
export const MAX_VERSION = 1_000_000

// JSON quoting: a value holding a line break must not print a line of its own in the build log.
const quote = (value: unknown): string => (JSON.stringify(value) ?? String(value)).slice(0, 80)

const asObject = (value: unknown): Raw | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Raw) : undefined

export function toSiteSettings(raw: unknown): SiteSettings {
  const doc = asObject(raw) ?? {}
  const id = 'siteSettings'
  return {
    title: cleanLocalizedText(doc.title, id, 'title'),
    organization: cleanLocalizedText(doc.organization, id, 'organization'),
    contactEmail: cleanText(doc.contactEmail),
    contactPhone: cleanText(doc.contactPhone),
    address: cleanLocalizedText(doc.address, id, 'address'),
    requireBothLanguages: doc.requireBothLanguages === true,
  }
}

export function toSections(raw: unknown, documentId: string): Section[] {
  if (raw == null) return []
  if (!Array.isArray(raw)) {
    reportProblem({documentId, field: 'sections', message: 'expected an array; the revision is shown without sections'})
    return []
  }
  const anchors = new Set<string>()
  const keys = new Set<string>()
  const sections: Section[] = []
  raw.forEach((value, index) => {
    const field = `sections[${index}]`
    const item = asObject(value)
    if (!item) {
      reportProblem({documentId, field, message: 'not an object; skipped'})
      return
    }
    let key = typeof item._key === 'string' && item._key ? item._key : `section-${index + 1}`
    if (keys.has(key)) key = `${key}-${index + 1}`
    keys.add(key)
    let anchor = sectionAnchor(item.anchor, key) || `section-${index + 1}`
    if (anchors.has(anchor)) {
      reportProblem({documentId, field: `${field}.anchor`, message: `anchor "${anchor}" repeats; made unique`})
      anchor = `${anchor}-${index + 1}`
    }
    anchors.add(anchor)
    const body = asObject(item.body)
    if (item.body != null && !body) reportProblem({documentId, field: `${field}.body`, message: 'expected {kk, ru}; ignored'})
    sections.push({
      key,
      anchor,
      heading: cleanLocalizedText(item.heading, documentId, `${field}.heading`),
      body: {
        kk: cleanBlocks(body?.kk, {documentId, field: `${field}.body.kk`}),
        ru: cleanBlocks(body?.ru, {documentId, field: `${field}.body.ru`}),
      },
    })
  })
  return sections
}

/** A revision, or undefined (reported) when it cannot be placed: no valid version or date. */
export function toRevision(raw: unknown, policyId: string): Revision | undefined {
  const doc = asObject(raw)
  const id = typeof doc?._id === 'string' ? doc._id : `(revision of ${policyId})`
  if (!doc) return undefined
  const version = doc.version
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version > MAX_VERSION) {
    reportProblem({documentId: id, field: 'version', message: `${quote(version)} is not a whole number from 1 to ${MAX_VERSION}; revision skipped`})
    return undefined
  }
  if (!isIsoDay(doc.effectiveFrom)) {
    reportProblem({documentId: id, field: 'effectiveFrom', message: `${quote(doc.effectiveFrom)} is not a date YYYY-MM-DD; revision skipped`})
    return undefined
  }
  const sections = toSections(doc.sections, id)
  if (!sections.length) reportProblem({documentId: id, field: 'sections', message: 'the revision has no sections'})
  const summary = cleanLocalizedText(doc.summary, id, 'summary')
  if (version > 1 && !summary.kk && !summary.ru) reportProblem({documentId: id, field: 'summary', message: 'missing (required from version 2)'})
  return {
    id,
    policyId,
    version,
    effectiveFrom: doc.effectiveFrom,
    summary,
    requiresConsent: doc.requiresConsent === true,
    sections,
    hash: hashSections(sections),
  }
}

/** A valid version and date from an index row (no sections); the policy's own page reports what is invalid. */
export function toDatedStub(raw: {_id: string; version: unknown; effectiveFrom: unknown}, policyId: string): Revision | undefined {
  const {version, effectiveFrom} = raw
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version > MAX_VERSION) return undefined
  if (!isIsoDay(effectiveFrom)) return undefined
  const empty = {all: '', kk: '', ru: ''}
  return {id: raw._id, policyId, version, effectiveFrom, summary: {}, requiresConsent: false, sections: [], hash: empty}
}

/** Keeps one revision per version (the first by id), reporting the others. */
export function uniqueVersions(revisions: Revision[], report = true): Revision[] {
  const byVersion = new Map<number, Revision>()
  for (const revision of [...revisions].sort((a, b) => a.id.localeCompare(b.id))) {
    const kept = byVersion.get(revision.version)
    if (kept) {
      if (report) reportProblem({documentId: revision.id, field: 'version', message: `version ${revision.version} is also used by ${kept.id}; skipped`})
      continue
    }
    byVersion.set(revision.version, revision)
  }
  return [...byVersion.values()].sort((a, b) => a.version - b.version)
}

export function toPolicy(raw: unknown): Policy | undefined {
  const doc = asObject(raw)
  if (!doc || typeof doc._id !== 'string' || typeof doc.slug !== 'string') return undefined
  const owner = asObject(doc.owner)
  const listed = Array.isArray(doc.revisions) ? doc.revisions : []
  const revisions = listed.map((revision) => toRevision(revision, doc._id as string)).filter((revision): revision is Revision => Boolean(revision))
  // Its pages are 404s: say why once, beside the reports of the revisions that were skipped.
  if (!revisions.length) {
    reportProblem({documentId: doc._id, field: 'revisions', message: listed.length ? `none of its ${listed.length} revisions can be published` : 'the policy has no revisions'})
  }
  const title = cleanLocalizedText(doc.title, doc._id, 'title')
  if (!title.kk && !title.ru) reportProblem({documentId: doc._id, field: 'title', message: 'missing in both languages; the slug is shown instead'})
  const policyId = doc._id
  const prevailingLanguage = resolvePrevailingLanguage(doc.prevailingLanguage, doc.sitePrevailingLanguage, ({field, value}) =>
    reportProblem({
      documentId: field === 'policy' ? policyId : 'siteSettings',
      field: 'prevailingLanguage',
      message: `${quote(value)} is not one of ${prevailingLanguages.join(', ')}; both texts are said to have equal force`,
    }),
  )
  return {
    id: doc._id,
    slug: doc.slug,
    title,
    order: typeof doc.order === 'number' ? doc.order : undefined,
    owner: owner
      ? {
          name: cleanLocalizedText(owner.name, doc._id, 'owner.name'),
          email: cleanText(owner.email),
          url: isSafeHref(owner.url) ? owner.url : undefined,
        }
      : undefined,
    prevailingLanguage,
    revisions: uniqueVersions(revisions),
  }
}
