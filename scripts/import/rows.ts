// Aligned rows → `policySection` values, plus what the report says about each.
import {locales, type Locale, type Localized, type PortableTextBlock} from '@/lib/content/types'
import type {Row} from './align'
import {localized, type SectionDocument} from './documents'
import {toBlocks} from './portable-text'
import type {SectionReport} from './types'

export function rowsToSections(rows: Row[], warnings: string[]): {sections: SectionDocument[]; reports: SectionReport[]} {
  const sections = rows.map((row) => {
    const heading: Localized<string> = {}
    const body: Localized<PortableTextBlock[]> = {}
    for (const locale of locales) {
      const side = row.sides[locale]
      if (!side) continue
      heading[locale] = side.heading
      const blocks = toBlocks(side.paras, `${row.key}:${locale}`, warnings)
      if (blocks.length) body[locale] = blocks
    }
    return {_key: row.key, _type: 'policySection' as const, anchor: row.anchor, heading: localized(heading), body: localized(body)}
  })
  const reports = sections.map((section, i): SectionReport => {
    const chars = {kk: countChars(section, 'kk'), ru: countChars(section, 'ru')}
    const clauses = {kk: clausesOf(rows[i], 'kk'), ru: clausesOf(rows[i], 'ru')}
    const status = chars.kk && chars.ru ? 'ok' : chars.kk ? 'kk only' : 'ru only'
    return {anchor: section.anchor, key: section._key, chars, clauses, status}
  })
  return {sections, reports}
}

function countChars(section: SectionDocument, locale: Locale): number {
  const body = (section.body[locale] ?? []).flatMap((block) => block.children.map((span) => span.text.length))
  return (section.heading[locale]?.length ?? 0) + body.reduce((sum, n) => sum + n, 0)
}

function clausesOf(row: Row, locale: Locale): string[] {
  return row.sides[locale]?.clauses.map((clause) => clause.number) ?? []
}

/** Clauses and sections present in one language only (when the policy has both languages at all). */
export function unmatchedWarnings(rows: Row[], languages: Locale[]): string[] {
  if (languages.length < 2) return []
  const warnings: string[] = []
  for (const row of rows) {
    const [kk, ru] = [row.sides.kk, row.sides.ru]
    if (!kk || !ru) {
      const side = (kk ?? ru)!
      warnings.push(`${side.file}:${side.line}: section ${row.anchor} has no ${kk ? 'ru' : 'kk'} partner`)
      continue
    }
    for (const [mine, theirs, other] of [[kk, ru, 'ru'], [ru, kk, 'kk']] as const) {
      const partners = new Set(theirs.clauses.map((clause) => clause.number))
      for (const clause of mine.clauses) {
        if (!partners.has(clause.number)) warnings.push(`${mine.file}:${clause.line}: clause ${clause.number} has no ${other} partner`)
      }
    }
  }
  return warnings
}
