// Aligned rows → `policySection` values, plus what the report says about each.
import {locales, type Locale, type Localized, type PortableTextBlock} from '@/lib/content/types'
import {mergeOrder, type Row} from './align'
import {localized, type SectionDocument} from './documents'
import {toBlocks} from './portable-text'
import type {SectionClause} from './sections'
import type {ClauseReport, SectionReport} from './types'
import {where} from './where'
import {pairLeftovers} from './leftovers'

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
      warnings.push(`${where(side)}: section ${row.anchor} has no ${kk ? 'ru' : 'kk'} partner`)
      continue
    }
    for (const pair of matchClauses(kk.clauses, ru.clauses)) {
      if (pair.kk && pair.ru && pair.kk.number !== pair.ru.number) {
        warnings.push(`${pair.kk.where}: kk clause ${pair.kk.number} and ru clause ${pair.ru.number} stand in the same place with different numbers; paired (the ru one: ${pair.ru.where})`)
      } else if (!pair.ru) {
        warnings.push(`${pair.kk!.where}: clause ${pair.kk!.number} has no ru partner`)
      } else if (!pair.kk) {
        warnings.push(`${pair.ru.where}: clause ${pair.ru.number} has no kk partner`)
      }
    }
  }
  return warnings
}

type ClausePair = {kk?: SectionClause; ru?: SectionClause}

/**
 * A row's kk and ru clauses, paired: by number (the n-th "2.2" with the n-th "2.2"), then what is left over
 * between two pairs, in order, when each language has as many (the same clauses, numbered differently).
 */
export function matchClauses(kk: SectionClause[], ru: SectionClause[]): ClausePair[] {
  const key = (list: SectionClause[]) => {
    const count = new Map<string, number>()
    return list.map((clause) => {
      const n = (count.get(clause.number) ?? 0) + 1
      count.set(clause.number, n)
      return `${clause.number}#${n}`
    })
  }
  const [kkKeys, ruKeys] = [key(kk), key(ru)]
  const order = mergeOrder(kkKeys, ruKeys)
  const byNumber = order.map((id): ClausePair => ({kk: kk[kkKeys.indexOf(id)], ru: ru[ruKeys.indexOf(id)]}))
  return pairLeftovers(byNumber, (kkPair, ruPair) => ({kk: kkPair.kk, ru: ruPair.ru}))
}

/** Every clause of every row: which languages have it, and where each was found. */
export function clauseReports(rows: Row[]): ClauseReport[] {
  return rows.flatMap((row) =>
    matchClauses(row.sides.kk?.clauses ?? [], row.sides.ru?.clauses ?? []).map((pair): ClauseReport => {
      const numbers = [...new Set([pair.kk?.number, pair.ru?.number].filter(Boolean))]
      const from: ClauseReport['from'] = {}
      if (pair.kk) from.kk = pair.kk.where
      if (pair.ru) from.ru = pair.ru.where
      return {section: row.anchor, number: numbers.join(' / '), from, ...(numbers.length > 1 ? {note: 'numbered differently'} : {})}
    }),
  )
}
