// Pairs the Kazakh and Russian sections into rows: by clause number, by the order of unnumbered headings,
// and the intros together. Rows keep both languages' order (a merge of the two sequences).
import {slugify} from '@/lib/content/slug'
import type {Locale} from '@/lib/content/types'
import {sectionKey} from './keys'
import type {LangSection} from './sections'

/** An unnumbered heading's anchor is its first latin words, up to this many characters. */
const HEADING_ANCHOR_MAX_LENGTH = 32

export type Row = {id: string; anchor: string; key: string; sides: Partial<Record<Locale, LangSection>>}

export function alignSections(byLocale: Partial<Record<Locale, LangSection[]>>): Row[] {
  const kk = byLocale.kk ?? []
  const ru = byLocale.ru ?? []
  const used = new Set<string>()
  return mergeOrder(kk.map((s) => s.id), ru.map((s) => s.id)).map((id) => {
    const sides = {kk: kk.find((s) => s.id === id), ru: ru.find((s) => s.id === id)}
    const anchor = unique(anchorFor(id, sides.kk ?? sides.ru), used)
    return {id, anchor, key: sectionKey(anchor), sides: Object.fromEntries(Object.entries(sides).filter(([, side]) => side))}
  })
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
  if (id.startsWith('n:')) return id.slice(2)
  return slugify(side?.heading ?? '', HEADING_ANCHOR_MAX_LENGTH) || `section-${Number(id.slice(2)) + 1}`
}

function unique(anchor: string, used: Set<string>): string {
  let candidate = anchor
  for (let n = 2; used.has(candidate); n++) candidate = `${anchor}-${n}`
  used.add(candidate)
  return candidate
}
