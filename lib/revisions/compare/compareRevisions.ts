import {locales, type Locale, type Revision, type Section} from '@/lib/content/types'
import {diffTokenParagraphs} from './diffParagraphs'
import {diffTokenText} from './diffText'
import {matchSections} from './matchSections'
import {hasText} from './sectionText'
import {TextCache} from './textCache'
import type {DiffPart, LocaleDiff, RevisionComparison, SectionComparison, SectionMatch} from './types'

/**
 * What changed from one revision to another, section by section, in both languages. Only the sections and
 * languages whose words differ are diffed; each of those is diffed on its own (heading, then body paragraph by
 * paragraph), so the cost follows the size of the edits, not of the policy.
 */
export function compareRevisions(from: Revision, to: Revision): RevisionComparison {
  const texts = new TextCache()
  const matches = matchSections(from.sections, to.sections, {
    isChanged: (a, b) => locales.some((locale) => texts.differs(a, b, locale)),
  })
  const rows = matches.map((match): SectionComparison => {
    const section = (match.to ?? match.from) as Section
    const diffs = Object.fromEntries(locales.map((locale) => [locale, localeDiff(match, locale, texts)]))
    return {
      ...match,
      id: match.to ? `to-${match.toIndex}` : `from-${match.fromIndex}`,
      anchor: section.anchor || section.key,
      locales: diffs as Record<Locale, LocaleDiff>,
    }
  })
  const stats = {added: 0, removed: 0, changed: 0, moved: 0, unchanged: 0}
  for (const row of rows) stats[row.status]++
  return {rows, stats}
}

function localeDiff(match: SectionMatch, locale: Locale, texts: TextCache): LocaleDiff {
  const [before, after] = [texts.text(match.from, locale), texts.text(match.to, locale)]
  const missing = {from: !!match.from && !hasText(before), to: !!match.to && !hasText(after)}
  if (match.from && match.to && !texts.differs(match.from, match.to, locale)) {
    const body = after.paragraphs.map((text): DiffPart[] => [{kind: 'same', text}])
    return {heading: after.heading ? [{kind: 'same', text: after.heading}] : [], body, missing, changed: false}
  }
  const [a, b] = [texts.tokens(match.from, locale), texts.tokens(match.to, locale)]
  const heading = diffTokenText(a.heading, b.heading)
  const body = diffTokenParagraphs(a.paragraphs, b.paragraphs)
  const changed = [heading, ...body].some((parts) => parts.some((part) => part.kind !== 'same'))
  return {heading, body, missing, changed}
}
