// Whether an import put every clause of a corpus document where it belongs: the kk text on the kk side and the
// ru text on the ru side of one section row. Shared by corpus.test.ts and measure.ts.
import type {Locale} from '@/lib/content/types'
import type {SectionDocument} from '../documents'
import type {Clause} from './texts'

type Imported = {documents: {_type: string; sections?: unknown}[]}

const normalize = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim()

function sideText(section: SectionDocument, locale: Locale): string {
  const body = (section.body[locale] ?? []).map((block) => block.children.map((span) => span.text).join(''))
  return normalize([section.heading[locale] ?? '', ...body].join('\n'))
}

/** Rows (by index) whose given side holds the text. */
export function rowsHolding(sections: SectionDocument[], locale: Locale, text: string): number[] {
  const wanted = normalize(text)
  return sections.flatMap((section, i) => (sideText(section, locale).includes(wanted) ? [i] : []))
}

export function sectionsOf(result: Imported): SectionDocument[] {
  return (result.documents.find((document) => document._type === 'policyRevision')?.sections ?? []) as SectionDocument[]
}

export type Alignment = {aligned: number; total: number; misses: string[]}

export function checkAlignment(clauses: Clause[], result: Imported | undefined): Alignment {
  const misses: string[] = []
  if (!result) return {aligned: 0, total: clauses.length, misses: clauses.map((c) => `${c.number}: not imported`)}
  const sections = sectionsOf(result)
  let aligned = 0
  for (const clause of clauses) {
    const kk = rowsHolding(sections, 'kk', clause.kk)
    const ru = rowsHolding(sections, 'ru', clause.ru)
    if (kk.length === 1 && ru.length === 1 && kk[0] === ru[0]) aligned++
    else misses.push(`${clause.number}: kk in rows [${kk}], ru in rows [${ru}]`)
  }
  return {aligned, total: clauses.length, misses}
}
