// Pairs the Kazakh and Russian sections into rows: by clause number, by the order of unnumbered headings,
// and the intros together. Rows keep both languages' order (a merge of the two sequences). Sections left over
// between two matched rows, as many in each language, are the same sections numbered differently: they
// share a row, with a warning.
import {slugify} from '@/lib/content/slug'
import type {Locale} from '@/lib/content/types'
import {sectionKey} from './keys'
import type {LangSection} from './sections'
import {where} from './where'
import {pairLeftovers as pairLeftoversOf} from './leftovers'

/** An unnumbered heading's anchor is its first latin words, up to this many characters. */
const HEADING_ANCHOR_MAX_LENGTH = 32

export type Row = {id: string; anchor: string; key: string; sides: Partial<Record<Locale, LangSection>>}

export function alignSections(byLocale: Partial<Record<Locale, LangSection[]>>): {rows: Row[]; warnings: string[]} {
  const kk = byLocale.kk ?? []
  const ru = byLocale.ru ?? []
  const warnings: string[] = []
  const paired = pairLeftovers(
    mergeOrder(kk.map((s) => s.id), ru.map((s) => s.id)).map((id) => ({id, kk: kk.find((s) => s.id === id), ru: ru.find((s) => s.id === id)})),
    warnings,
  )
  const used = new Set<string>()
  const rows = paired.map(({id, kk, ru}) => {
    const sides = {kk, ru}
    const anchor = unique(anchorFor(id, kk ?? ru), used)
    return {id, anchor, key: sectionKey(anchor), sides: Object.fromEntries(Object.entries(sides).filter(([, side]) => side))}
  })
  return {rows, warnings}
}

type Pair = {id: string; kk?: LangSection; ru?: LangSection}

/**
 * Sections left without a partner between two matched ones, as many in each language: the same sections with
 * numbers that differ (a number typed twice, a section renumbered in one language). They share a row, in order.
 */
function pairLeftovers(pairs: Pair[], warnings: string[]): Pair[] {
  return pairLeftoversOf(
    pairs,
    (kkPair, ruPair) => {
      const [k, r] = [kkPair.kk!, ruPair.ru!]
      warnings.push(`${where(k)}: kk section ${label(k)} and ru section ${label(r)} stand in the same place between matched sections; put in one row (the ru one: ${where(r)})`)
      return {id: k.id.includes('~') ? r.id : k.id, kk: k, ru: r}
    },
    (pair) => pair.id === 'intro',
  )
}

function label(section: LangSection): string {
  return section.number ?? section.heading ?? section.id
}

/** Every id once, in an order consistent with both sequences where they agree. */
export function mergeOrder(first: string[], second: string[]): string[] {
  const result: string[] = []
  const emitted = new Set<string>()
  let j = 0
  const emit = (id: string) => {
    if (!emitted.has(id)) result.push(id)
    emitted.add(id)
  }
  for (const id of first) {
    const at = second.indexOf(id, j)
    if (at >= 0) {
      for (; j < at; j++) emit(second[j])
      j = at + 1
    }
    emit(id)
  }
  for (; j < second.length; j++) emit(second[j])
  return result
}

function anchorFor(id: string, side: LangSection | undefined): string {
  if (id === 'intro') return 'intro'
  if (id.startsWith('n:')) return id.slice(2).replace(/~\d+$/, '')
  return slugify(side?.heading ?? '', HEADING_ANCHOR_MAX_LENGTH) || `section-${Number(id.slice(2)) + 1}`
}

function unique(anchor: string, used: Set<string>): string {
  let candidate = anchor
  for (let n = 2; used.has(candidate); n++) candidate = `${anchor}-${n}`
  used.add(candidate)
  return candidate
}
