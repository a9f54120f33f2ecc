// An effective date stated in the policy ("Бұл саясат 2021-11-26 жылдардан бастап күшіне енеді",
// "вступает в силу с 26 ноября 2021 г.", "2021 жылғы 26 қараша"). Only dates in a paragraph that talks about
// coming into force or the last update count: a law cited as "Законом РК от 21 мая 2013 года" does not.
import {isIsoDay} from '@/lib/revisions/dates'
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

export function findEffectiveDate(paras: Para[]): {date: string; para: Para} | undefined {
  for (const para of paras) {
    if (!CUE.test(para.text)) continue
    const [date] = findDates(para.text)
    if (date) return {date, para}
  }
  return undefined
}
