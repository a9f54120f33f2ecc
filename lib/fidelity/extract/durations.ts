// Durations become "<number> <unit>": "30 күнтізбелік күн", "30 календарных дней" and "отыз күн" are all
// "30 day"; working days stay apart ("10 working day"), since 10 working days are not 10 days.
// Kazakh age ("18 жасқа толмаған") reads as years, as Russian writes it ("не достигших 18 лет").
import type {Locale} from '@/lib/content/types'
import type {SoftFact} from '../types'
import {numberPhrase, parseNumberWords} from './numberWords'
import {maskHits, scan, WORD_END, WORD_START, type Extractor, type Hit} from './scan'

const UNITS = {
  day: 'дн(?:я|ей|ям|ями|ях|ю)|день|сут(?:ки|ок|кам|ках)|дневн\\p{L}*|суточн\\p{L}*|күн(?:і|ің|ін|іне|інде|інен|нен|ге|де|ді|дік|дер\\p{L}*)?|тәулік\\p{L}*',
  week: 'недел\\p{L}*|апта\\p{L}*',
  month: 'месяц\\p{L}*|месячн\\p{L}*|ай(?:ға|дан|да|ды|дың|лық|ы|ына|ынан|ында|ын)?',
  year: 'год(?:а|у|ом|ы|ов)?|лет|летн\\p{L}*|годичн\\p{L}*|жыл(?:ға|дан|дық|ды|дың|ын|ында|дар\\p{L}*)?|жас(?:қа|тан|та|тағы|ында|ы)?',
  hour: 'час(?:а|ов|ам|ами|ах)?|часов\\p{L}*|сағат\\p{L}*',
  minute: 'минут\\p{L}*',
} as const
type Unit = keyof typeof UNITS

const UNIT = `(?:${Object.entries(UNITS).map(([name, re]) => `(?<${name}>${re})`).join('|')})${WORD_END}`
const QUALIFIER = '(?:(?<working>рабоч\\p{L}*|банковск\\p{L}*|жұмыс|банктік)|календарн\\p{L}*|күнтізбелік)'
// "3-х месяцев", "5-ти дней", "3-месячный"
const NUMERAL_SUFFIX = '(?:\\s*-\\s*(?:х|ти|и|ми|ух|ех|ёх)(?![\\p{L}]))?\\s*-?\\s*'
// "10 (десяти) календарных дней", "он (10) күн"
const SPELLED = '(?:\\)\\s*)?(?:\\([^()\\d]{1,60}\\)\\s*)?'

const DIGITS = new RegExp(
  `(?<![\\p{L}\\p{N}.,])(\\d+(?:[.,]\\d+)?)${NUMERAL_SUFFIX}${SPELLED}(?:${QUALIFIER}\\s+)?${UNIT}`,
  'giu',
)
const WORDS = (locale: Locale) => new RegExp(`(${numberPhrase(locale)})\\s+(?:${QUALIFIER}\\s+)?${UNIT}`, 'giu')
// Half a year, in words on either side.
const HALF_YEAR = new RegExp(`${WORD_START}(?:пол(?:угода|года)|жарты\\s+жыл\\p{L}*)`, 'giu')
// kk "сағат 10-да" is Russian "в 10 часов": the hour comes after the word.
const KK_CLOCK = new RegExp(`${WORD_START}сағат\\s+(\\d{1,2})(?![\\d:.,])`, 'giu')

export function extractDurations(locale: Locale): Extractor {
  const steps: [RegExp, (m: RegExpExecArray) => Hit | undefined][] = [
    [DIGITS, (m) => hit(m, Number(m[1].replace(',', '.')))],
    [WORDS(locale), (m) => hit(m, parseNumberWords(m[1], locale))],
    [KK_CLOCK, (m) => ({...base(m), value: `${Number(m[1])} hour`})],
    [HALF_YEAR, (m) => ({...base(m), value: '6 month'})],
  ]
  return (text) => {
    const hits: Hit[] = []
    for (const [re, toHit] of steps) hits.push(...scan(maskHits(text, hits), re, toHit))
    return hits
  }
}

// A unit without a number ("в течение месяца", "куки действуют год") is one unit. Read only on what the number
// patterns left, and only as a hint (see SoftFact): it excuses "бір жыл" in the other column, never reports.
const BARE_UNIT = new RegExp(`${WORD_START}(?:${QUALIFIER}\\s+)?${UNIT}`, 'giu')

export function softDurations(maskedText: string): SoftFact[] {
  return scan(maskedText, BARE_UNIT, (m) => hit(m, 1)).map(({value, raw}) => ({kind: 'duration', value, raw}))
}

function hit(m: RegExpExecArray, amount: number | undefined): Hit | undefined {
  const unit = unitOf(m)
  if (amount === undefined || !unit) return undefined
  // "2013 жылы", "в 2013 году": a calendar year, left to the number extractor.
  if (unit === 'year' && amount >= 1900 && amount <= 2100) return undefined
  const working = unit === 'day' && m.groups?.working ? 'working ' : ''
  return {...base(m), value: `${formatAmount(amount)} ${working}${unit}`}
}

function base(m: RegExpExecArray): Hit {
  return {kind: 'duration', value: '', raw: m[0].trim(), start: m.index, end: m.index + m[0].length}
}

function unitOf(m: RegExpExecArray): Unit | undefined {
  return (Object.keys(UNITS) as Unit[]).find((unit) => m.groups?.[unit] !== undefined)
}

const formatAmount = (n: number) => String(Math.round(n * 1000) / 1000)
