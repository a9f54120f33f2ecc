// Lines marked with their language: "RU: …", "KZ: …", "KK:", "KAZ:", "РУС:", "ҚАЗ:", "Рус.", "Қаз.", before or
// after the clause number ("1.1. RU: …", "РУС: 1.1. …"). The label is cut from the text and kept as a hint for
// the language (the letters still decide); a labelled line without a number that follows a labelled line with
// one, in the other language, is the same clause ("1.1. RU: …" then "KZ: …") and gets its number.
import type {Locale} from '@/lib/content/types'
import {parseClause} from './clauses'
import {keepRanges, rawText, withNumber} from './edit'
import type {Para} from './types'

const RU = 'ru|rus|рус|русский|орысша'
const KK = 'kz|kk|kaz|қаз|каз|қазақша|казахский'
// "RU:", "RU :", "Рус.", "[RU]", "(ҚАЗ)" then a space.
const LABEL = new RegExp(String.raw`^(?:[\[(](${RU}|${KK})[\])]\s*:?|(${RU}|${KK})(?:\s*:|\.))(?=[\s\u00a0]|$)[\s\u00a0]*`, 'iu')
// A clause number before the label: "1.1.", "1.1)", "1", "п. 1.1.", "II.".
const NUMBER = /^(?:п\.[\s\u00a0]*)?(?:\d{1,3}(?:\.\d{1,3})*[.)]?|[IІVХXL]{1,7}\.)[\s\u00a0]+/u

export type Label = {locale: Locale; start: number; end: number}

/** The label of a line of text (the number, if any, before it), or undefined. */
export function findLabel(raw: string): Label | undefined {
  const lead = raw.length - raw.trimStart().length
  const text = raw.slice(lead)
  const before = NUMBER.exec(text)
  for (const offset of before ? [0, before[0].length] : [0]) {
    const match = LABEL.exec(text.slice(offset))
    if (!match) continue
    const word = (match[1] ?? match[2]).toLowerCase()
    const locale: Locale = new RegExp(`^(?:${RU})$`, 'iu').test(word) ? 'ru' : 'kk'
    return {locale, start: lead + offset, end: lead + offset + match[0].length}
  }
  return undefined
}

/** Whether a source line starts with a label: such a line is a paragraph of its own. */
export function startsWithLabel(line: string): boolean {
  return findLabel(line.replace(/^\s*(?:\*\*|__)/, '')) !== undefined
}

/** Cuts the labels, sets `hint`, and numbers the unnumbered partner of a numbered labelled line. */
export function readLabels(paras: Para[]): Para[] {
  const out: Para[] = []
  let partner: {para: Para; locale: Locale; number: string} | undefined
  for (const para of paras) {
    const {raw} = rawText(para)
    const label = para.kind === 'item' ? undefined : findLabel(raw)
    if (!label) {
      out.push(para)
      partner = undefined
      continue
    }
    let unit = keepRanges(para, [[0, label.start], [label.end, raw.length]].filter(([from, to]) => to > from) as [number, number][])
    unit.hint = {locale: label.locale, from: 'label'}
    const clause = parseClause(unit.text)
    if (clause) {
      partner = {para: unit, locale: label.locale, number: unit.text.slice(0, clause.restOffset).trim()}
    } else if (partner && partner.locale !== label.locale && out[out.length - 1] === partner.para) {
      unit = withNumber(unit, partner.number)
      partner = undefined
    } else {
      partner = undefined
    }
    out.push(unit)
  }
  return out
}
