import {locales, type Locale, type Revision, type Section} from '@/lib/content/types'
import {diffParagraphs} from './diffParagraphs'
import {diffText} from './diffText'
import {matchSections} from './matchSections'
import {hasText, sectionText, textFingerprint, type SectionText} from './sectionText'
import type {DiffPart, LocaleDiff, RevisionComparison, SectionComparison, SectionMatch} from './types'

/**
 * What changed from one revision to another, section by section, in both languages. Only the sections and
 * languages whose words differ are diffed; each of those is diffed on its own (heading, then body paragraph by
 * paragraph), so the cost follows the size of the edits, not of the policy.
 */
export function compareRevisions(from: Revision, to: Revision): RevisionComparison {
  const texts = new TextCache()
  const matches = matchSections(from.sections, to.sections, {
    isChanged: (a, b) => locales.some((locale) => texts.fingerprint(a, locale) !== texts.fingerprint(b, locale)),
  })
  const rows = matches.map((match): SectionComparison => {
    const side = match.to ? 'to' : 'from'
    const section = (match.to ?? match.from) as Section
    const diffs = Object.fromEntries(locales.map((locale) => [locale, localeDiff(match, locale, texts)]))
    return {
      ...match,
      id: `${side}-${match.toIndex ?? match.fromIndex}`,
      anchor: section.anchor || section.key,
      locales: diffs as Record<Locale, LocaleDiff>,
    }
  })
  const stats = {added: 0, removed: 0, changed: 0, moved: 0, unchanged: 0}
  for (const row of rows) stats[row.status]++
  return {rows, stats}
}

function localeDiff(match: SectionMatch, locale: Locale, texts: TextCache): LocaleDiff {
  const before = texts.text(match.from, locale)
  const after = texts.text(match.to, locale)
  const missing = {from: !!match.from && !hasText(before), to: !!match.to && !hasText(after)}
  if (match.from && match.to && texts.fingerprint(match.from, locale) === texts.fingerprint(match.to, locale)) {
    const body = after.paragraphs.map((text): DiffPart[] => [{kind: 'same', text}])
    return {heading: after.heading ? [{kind: 'same', text: after.heading}] : [], body, missing, changed: false}
  }
  const heading = diffText(before.heading, after.heading)
  const body = diffParagraphs(before.paragraphs, after.paragraphs)
  const changed = [heading, ...body].some((parts) => parts.some((part) => part.kind !== 'same'))
  return {heading, body, missing, changed}
}

/** Each section's text and fingerprint, computed once though matching and diffing both ask for them. */
class TextCache {
  private texts = new Map<Section, Partial<Record<Locale, SectionText>>>()
  private fingerprints = new Map<Section, Partial<Record<Locale, string>>>()

  text(section: Section | undefined, locale: Locale): SectionText {
    if (!section) return {heading: '', paragraphs: []}
    const entry = this.texts.get(section) ?? {}
    this.texts.set(section, entry)
    return (entry[locale] ??= sectionText(section, locale))
  }

  fingerprint(section: Section, locale: Locale): string {
    const entry = this.fingerprints.get(section) ?? {}
    this.fingerprints.set(section, entry)
    return (entry[locale] ??= textFingerprint(this.text(section, locale)))
  }
}
