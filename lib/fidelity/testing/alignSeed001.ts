// Test helper: a rough kk/ru alignment of seed 001 (a two-column "Рус / Каз" HTML table that breaks into
// alternating Markdown chunks) by clause number, which is how the two languages line up in that file.
// A paragraph without a number continues the last numbered clause of its language.
import type {Locale, PortableTextBlock, Section} from '@/lib/content/types'

type Paragraph = {locale: Locale; text: string}

const KAZAKH_LETTERS = /[әғқңөұүһі]/i
const CLAUSE = /^(\d+(?:\.\d+)*)\.?\s/

/** `depth` 1 puts a whole top-level clause (1, 1.1, 1.2 …) in one section; the default keeps every clause apart. */
export function alignSeed001(source: string, depth = Infinity): Section[] {
  const clauses = new Map<string, Record<Locale, string[]>>()
  const current: Record<Locale, string> = {kk: '0', ru: '0'}
  for (const {locale, text} of paragraphs(source)) {
    const number = CLAUSE.exec(text)?.[1]
    if (number) current[locale] = number.split('.').slice(0, depth).join('.')
    const entry = clauses.get(current[locale]) ?? clauses.set(current[locale], {kk: [], ru: []}).get(current[locale])!
    entry[locale].push(text)
  }
  return [...clauses].map(([number, texts]) => ({
    key: `clause-${number}`,
    anchor: number.replace(/\./g, '-'),
    heading: {},
    body: {kk: blocks(texts.kk), ru: blocks(texts.ru)},
  }))
}

function paragraphs(source: string): Paragraph[] {
  const out: Paragraph[] = []
  for (const line of source.split(/\r?\n/)) {
    if (!line.trim() || /^[-\s\t]+$/.test(line) || /^Рус\tКаз$/.test(line.trim())) continue
    if (line.includes('\t')) {
      const [ru, kk] = line.split('\t')
      out.push(...cells(ru).map((text) => ({locale: 'ru' as const, text})))
      out.push(...cells(kk).map((text) => ({locale: 'kk' as const, text})))
      continue
    }
    const text = line.replace(/^#+\s*/, '').replace(/\*\*/g, '').trim()
    out.push({locale: KAZAKH_LETTERS.test(text) ? 'kk' : 'ru', text})
  }
  return out
}

function cells(html: string): string[] {
  return [...html.matchAll(/<p>([\s\S]*?)<\/p>/g)]
    .map((m) => m[1].replace(/<[^>]+>/g, '').replace(/&nbsp;/g, ' ').trim())
    .filter(Boolean)
}

function blocks(texts: string[]): PortableTextBlock[] {
  return texts.map((text, i) => ({_type: 'block', _key: `b${i}`, style: 'normal', children: [{_type: 'span', text}], markDefs: []}))
}
