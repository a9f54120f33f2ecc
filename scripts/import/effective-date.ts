// An effective date stated in the policy ("Бұл саясат 2021-11-26 жылдардан бастап күшіне енеді",
// "вступает в силу с 26 ноября 2021 г.", "2021 жылғы 26 қараша"). Only dates in a paragraph that talks about
// coming into force or the last update count: a law cited as "Законом РК от 21 мая 2013 года" does not.
import {isIsoDay} from '@/lib/revisions/dates'
import {parseClause} from './clauses'
import type {Para} from './types'

const CUE = /вступа\p{L}*\s+в\s+силу|вступил\p{L}*\s+в\s+силу|действует\s+с|редакци\p{L}*\s+от|дата\s+(?:вступления|публикации|размещения|последнего|обновления|изменения|утверждения)|последнее\s+обновление|обновлен\p{L}*\s+\d|утвержден\p{L}*|күшіне\s+ен|күшіне\s+кір|қолданысқа\s+енгіз|жаңартыл\p{L}*|соңғы\s+жаңарту|бекітіл\p{L}*|effective|last\s+updated/iu

const RU_MONTHS = ['январ', 'феврал', 'март', 'апрел', 'ма[яй]', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр']
const KK_MONTHS = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан']
const MONTH = `(${[...RU_MONTHS, ...KK_MONTHS].join('|')})\\p{L}*`

type Pattern = {regex: RegExp; read: (m: RegExpExecArray) => [string, string | number, string]}

const PATTERNS: Pattern[] = [
  {regex: /(\d{4})-(\d{2})-(\d{2})/gu, read: (m) => [m[1], m[2], m[3]]},
  {regex: /(?<!\d)(\d{1,2})[./](\d{1,2})[./](\d{4})(?!\d)/gu, read: (m) => [m[3], m[2], m[1]]},
  {regex: new RegExp(`«?(\\d{1,2})»?\\s+${MONTH}\\s+(\\d{4})`, 'giu'), read: (m) => [m[3], month(m[2]), m[1]]},
  {regex: new RegExp(`(\\d{4})\\s*(?:жылғы|ж\\.)\\s*«?(\\d{1,2})»?\\s+${MONTH}`, 'giu'), read: (m) => [m[1], month(m[3]), m[2]]},
]

function month(name: string): number {
  const lower = name.toLowerCase()
  const index = [RU_MONTHS, KK_MONTHS].map((list) => list.findIndex((stem) => new RegExp(`^${stem}`, 'u').test(lower)))
  return Math.max(...index) + 1
}

/** Every valid date in the text, in the order they appear. */
export function findDates(text: string): string[] {
  const found: {at: number; day: string}[] = []
  for (const {regex, read} of PATTERNS) {
    for (const match of text.matchAll(regex)) {
      const [y, m, d] = read(match)
      const day = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
      const year = Number(y)
      if (isIsoDay(day) && year >= 1990 && year <= 2100) found.push({at: match.index, day})
    }
  }
  return found.sort((a, b) => a.at - b.at).map((date) => date.day)
}

export type FoundDate = {date: string; para: Para; how: 'stated' | 'date line'}

/**
 * The effective date: the first paragraph that states one ("вступает в силу с …"), else a date line before
 * the first clause ("Алматы қ., 2024 жылғы 1 наурыз", "01.03.2024"), as a title block carries it.
 */
export function findEffectiveDate(paras: Para[]): FoundDate | undefined {
  return effectiveDates(paras)[0]
}

/** The effective date each language gives, the first language's first (to compare the two). */
export function effectiveDates(paras: Para[]): FoundDate[] {
  const stated = firstPerLanguage(paras, (para) => CUE.test(para.text))
  if (stated.length) return stated.map((found) => ({...found, how: 'stated'}))
  const firstClause = new Map<string | undefined, number>()
  paras.forEach((para, i) => {
    if (!firstClause.has(para.lang) && parseClause(para.text)) firstClause.set(para.lang, i)
  })
  return firstPerLanguage(paras, (para, i) => i < (firstClause.get(para.lang) ?? paras.length) && isDateLine(para.text)).map((found) => ({...found, how: 'date line'}))
}

function firstPerLanguage(paras: Para[], test: (para: Para, i: number) => boolean): {date: string; para: Para}[] {
  const found = new Map<string | undefined, {date: string; para: Para}>()
  paras.forEach((para, i) => {
    if (found.has(para.lang) || !test(para, i)) return
    const [date] = findDates(para.text)
    if (date) found.set(para.lang, {date, para})
  })
  return [...found.values()]
}

/**
 * A line that is a date and at most a place: "г. Алматы, 1 марта 2024 г.", "Алматы қ., 2024 жылғы 1 наурыз",
 * "01.03.2024 ж.". "Закон от 21 мая 2013 года." is a sentence, not a date line.
 */
function isDateLine(text: string): boolean {
  if (text.length > 80 || !findDates(text).length) return false
  let rest = text
  for (const {regex} of PATTERNS) rest = rest.replace(regex, ' ')
  const words = rest.replace(/(?:^|\s)(?:г|қ|ж|гг|жж)\.|\b(?:жылғы|жыл|года|год)\b/giu, ' ').match(/\p{L}[\p{L}-]+/gu) ?? []
  return words.length === 0 || (words.length === 1 && /^\p{Lu}/u.test(words[0]))
}
