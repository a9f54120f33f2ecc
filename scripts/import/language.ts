// Kazakh and Russian share the Cyrillic alphabet; these nine letters occur in Kazakh and not in Russian.
import type {Locale} from '@/lib/content/types'
import {parseClause} from './clauses'
import type {Para} from './types'
import {where} from './where'

const KAZAKH = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/g
const CYRILLIC = /[\u0400-\u04FF]/g
/** Below this many Cyrillic letters, a text without Kazakh letters may still be Kazakh ("Сайтты пайдалануды талдау"). */
const SHORT = 80

// For short texts without Kazakh letters: function words, plus plural "-лар/-лер" ("-дер", "-тер" at the end of
// a word), participles ("жиналатын") and agent nouns ("пайдаланушы") for Kazakh, and common inflections for
// Russian. Kazakh case endings ("-ды", "-ты") are left out: "контакты", "работы" have them too.
const KAZAKH_WORDS = new Set(['мен', 'бен', 'пен', 'туралы', 'бойынша', 'немесе', 'осы', 'арқылы', 'жеке', 'де', 'та', 'те'])
const KAZAKH_PLURAL = /л[ае]р|[дт][ае]р$/
const KAZAKH_ENDING = /(?:атын|етін|йтын|йтін|ушы|уші)$/
const KAZAKH_MONTH = /^(?:наурыз|мамыр|маусым|тамыз)/
const RUSSIAN_WORDS = new Set(['и', 'в', 'во', 'на', 'с', 'со', 'по', 'для', 'не', 'что', 'от', 'из', 'о', 'об', 'к', 'при', 'или', 'а', 'но', 'как', 'это', 'их', 'у', 'за', 'до', 'без', 'также',
  // Dates: "г. Алматы, 1 марта 2024 г." (Kazakh writes "қ." and "ж.").
  'г', 'гг', 'год', 'года', 'году', 'января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'])
const RUSSIAN_ENDING = /(?:ого|его|ому|ему|ыми|ими|ая|яя|ое|ее|ие|ые|ий|ый|ть|ться|ия|ии|ов|ей|ям|ях|ых|их|ой|ом|ами|ями|ую|юю|ки|ля|ство|ства)$|[щъэё]/

/**
 * The language of one unit of text. Strict mode answers `undefined` for short Cyrillic text without Kazakh
 * letters, so that it can take its neighbours' language instead.
 */
export function detectLanguage(text: string, strict = true): Locale | undefined {
  const cyrillic = text.match(CYRILLIC)?.length ?? 0
  if (cyrillic === 0) return undefined
  const kazakh = text.match(KAZAKH)?.length ?? 0
  // A ratio for long texts, not "any": a Russian clause may quote a Kazakh name without becoming Kazakh.
  if (kazakh / cyrillic >= 0.015 || (kazakh > 0 && cyrillic < 60)) return 'kk'
  if (cyrillic >= SHORT) return 'ru'
  return guessShort(text) ?? (strict ? undefined : 'ru')
}

function guessShort(text: string): Locale | undefined {
  let score = 0
  for (const word of text.toLowerCase().match(/[\u0400-\u04FF]+/g) ?? []) {
    if (KAZAKH_WORDS.has(word) || KAZAKH_PLURAL.test(word) || KAZAKH_ENDING.test(word) || KAZAKH_MONTH.test(word)) score++
    if (RUSSIAN_WORDS.has(word) || RUSSIAN_ENDING.test(word)) score--
  }
  return score > 0 ? 'kk' : score < 0 ? 'ru' : undefined
}

/**
 * Sets `lang` on every unit: its own language when it is clear, else the previous unit's, else the next
 * one's; a file made only of short units falls back to the letters alone. Units without any Cyrillic in a
 * file without any keep `lang` undefined (the caller reports "no recognisable language").
 */
export function assignLanguages<T extends {text: string; lang?: Locale}>(units: T[]): T[] {
  let guesses = units.map((unit) => detectLanguage(unit.text))
  if (guesses.every((guess) => guess === undefined)) guesses = units.map((unit) => detectLanguage(unit.text, false))
  let previous: Locale | undefined
  const forward = guesses.map((guess) => (previous = guess ?? previous))
  let next: Locale | undefined
  for (let i = units.length - 1; i >= 0; i--) {
    next = guesses[i] ?? next
    units[i].lang = forward[i] ?? next
  }
  return units
}

const other = (locale: Locale): Locale => (locale === 'kk' ? 'ru' : 'kk')

/**
 * The language of every paragraph unit, from its own letters first. A unit the letters leave open (a short
 * heading such as "Жиналатын деректер") takes, in turn: the label its line carries ("KZ:"); the other language
 * of the units with the same clause number when those are all in one language (the other half of a bilingual
 * pair: "III. ПАЙДАЛАНУШЫНЫҢ ТАҢДАУЫ" / "III. ВЫБОР ПОЛЬЗОВАТЕЛЯ"); the language of the rest of its table cell;
 * the other language of the rest of its table row; its column's header; and last its neighbours'
 * (as assignLanguages). Returns warnings where a label contradicts the letters.
 */
export function assignParaLanguages(paras: Para[]): string[] {
  const warnings: string[] = []
  const own = paras.map((para) => detectLanguage(para.text))
  if (own.every((guess) => guess === undefined) && !paras.some((para) => para.hint)) {
    assignLanguages(paras)
    return warnings
  }
  const decided: (Locale | undefined)[] = [...own]
  paras.forEach((para, i) => {
    if (own[i] && para.hint?.from === 'label' && own[i] !== para.hint.locale && para.text.length >= 40) {
      warnings.push(`${where(para)}: labelled ${para.hint.locale} but its letters are ${own[i]}; read as ${own[i]}`)
    }
    if (!own[i] && (para.hint?.from === 'label' || para.hint?.from === 'pair')) decided[i] = para.hint.locale
  })
  // The same number in one language only: in a bilingual text, this is the other half of the pair.
  const bilingual = own.filter((guess) => guess === 'kk').length >= 2 && own.filter((guess) => guess === 'ru').length >= 2
  const numbers = paras.map((para) => {
    if (para.kind === 'item' || /[;,]$/.test(para.text)) return undefined
    return parseClause(para.text)?.number
  })
  const byNumber = new Map<string, Set<Locale>>()
  paras.forEach((_, i) => {
    if (numbers[i] && own[i]) byNumber.set(numbers[i]!, (byNumber.get(numbers[i]!) ?? new Set()).add(own[i]!))
  })
  paras.forEach((para, i) => {
    if (decided[i] || !numbers[i] || !bilingual) return
    const found = byNumber.get(numbers[i]!)
    if (found?.size === 1) decided[i] = other([...found][0])
  })
  const cells = groupBy(paras, (para) => (para.cell ? `${para.cell.table}:${para.cell.row}:${para.cell.column}` : undefined))
  const rows = groupBy(paras, (para) => (para.cell ? `${para.cell.table}:${para.cell.row}` : undefined))
  paras.forEach((para, i) => {
    if (decided[i] || !para.cell) return
    const inCell = single(cells.get(`${para.cell.table}:${para.cell.row}:${para.cell.column}`)!.map((j) => own[j]))
    if (inCell && !para.cell.span) return void (decided[i] = inCell)
    const rest = rows.get(`${para.cell.table}:${para.cell.row}`)!.filter((j) => paras[j].cell!.column !== para.cell!.column)
    const inRow = single(rest.map((j) => own[j]))
    if (inRow) return void (decided[i] = other(inRow))
  })
  paras.forEach((para, i) => {
    if (!decided[i] && para.hint) decided[i] = para.hint.locale
  })
  paras.forEach((para, i) => (para.lang = decided[i]))
  // What is still open takes its neighbours' language, as before.
  let previous: Locale | undefined
  const forward = paras.map((para) => (previous = para.lang ?? previous))
  let next: Locale | undefined
  for (let i = paras.length - 1; i >= 0; i--) {
    next = paras[i].lang ?? next
    if (!paras[i].lang) paras[i].lang = forward[i] ?? next
  }
  return warnings
}

function groupBy(paras: Para[], key: (para: Para) => string | undefined): Map<string, number[]> {
  const groups = new Map<string, number[]>()
  paras.forEach((para, i) => {
    const k = key(para)
    if (k !== undefined) groups.set(k, [...(groups.get(k) ?? []), i])
  })
  return groups
}

/** The one language the decided entries agree on, if any. */
function single(guesses: (Locale | undefined)[]): Locale | undefined {
  const found = new Set(guesses.filter(Boolean))
  return found.size === 1 ? [...found][0] : undefined
}
