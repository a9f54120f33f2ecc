// Plain numbers and amounts, normalized: "1 000 000" and "1000000" are 1000000, "1,5" and "1.5" are 1.5,
// "1,5 млн теңге" is "1500000 KZT", "5 %" and "5 процентов" are "5%". Runs last, on what the other extractors left.
import type {Locale} from '@/lib/content/types'
import type {SoftFact} from '../types'
import {numberPhrase, parseNumberWords} from './numberWords'
import {scan, type Extractor} from './scan'

const GROUPED = '\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+'
const SPELLED = '(?:\\s*\\([^()\\d]{1,60}\\))?' // "5 (пять) процентов"
const MULTIPLIER = '(?:\\s*(?<scale>млн\\.?|миллион\\p{L}*|млрд\\.?|миллиард\\p{L}*|тыс\\.|тысяч\\p{L}*|мың(?![\\p{L}])))?'
const PERCENT = '(?<percent>\\s*%|\\s*(?:процент\\p{L}*|пайыз\\p{L}*))'
const CURRENCY =
  '\\s*(?<currency>тенге|теңге|₸|KZT|тг\\.?(?![\\p{L}])|руб\\p{L}*|₽|RUB|(?:АҚШ\\s+)?доллар\\p{L}*|\\$|USD|евро|€|EUR|МРП|АЕК|МЗП|ЕТЖ)(?![\\p{L}])'

// "$100" and "₸ 5 000" put the sign first.
const SIGN_FIRST = '(?:(?<sign>[$€₸₽])\\s?)?'

const NUMBER = new RegExp(
  `${SIGN_FIRST}(?<![\\p{L}\\p{N}.,])(?<int>${GROUPED}|\\d+)(?:[.,](?<frac>\\d+))?(?![\\p{N}])${SPELLED}${MULTIPLIER}(?:${PERCENT}|${CURRENCY})?`,
  'giu',
)
const TIME = /(?<![\p{N}.,:])([01]?\d|2[0-3]):([0-5]\d)(?![\p{N}])/gu

const currencies: [RegExp, string][] = [
  [/^(?:тенге|теңге|₸|kzt|тг\.?)$/i, 'KZT'],
  [/^(?:руб\p{L}*|₽|rub)$/iu, 'RUB'],
  [/^(?:(?:АҚШ\s+)?доллар\p{L}*|\$|usd)$/iu, 'USD'],
  [/^(?:евро|€|eur)$/i, 'EUR'],
  // The monthly calculation index and the minimum wage: fines and thresholds in Kazakh law are set in them.
  [/^(?:мрп|аек)$/i, 'MCI'],
  [/^(?:мзп|етж)$/i, 'MW'],
]

export const extractTimes: Extractor = (text) =>
  scan(text, TIME, (m) => ({kind: 'number', value: `${m[1].padStart(2, '0')}:${m[2]}`, raw: m[0], start: m.index, end: m.index + m[0].length}))

export const extractNumbers: Extractor = (text) =>
  scan(text, NUMBER, (m) => {
    const g = m.groups ?? {}
    let value = scaled(g.int.replace(/\D/g, ''), g.frac ?? '', scaleOf(g.scale))
    if (g.percent) value += '%'
    else if (g.currency || g.sign) {
      const sign = (g.currency ?? g.sign).trim()
      value += ` ${currencies.find(([re]) => re.test(sign))?.[1] ?? sign}`
    }
    return {kind: 'number', value, raw: m[0].trim(), start: m.index, end: m.index + m[0].length}
  })

/** Number words anywhere: they only excuse a digit the other column has (see SoftFact). */
const phrases = {kk: new RegExp(numberPhrase('kk'), 'giu'), ru: new RegExp(numberPhrase('ru'), 'giu')}

export function softNumbers(text: string, locale: Locale): SoftFact[] {
  return scan(text, phrases[locale], (m) => {
    const n = parseNumberWords(m[0], locale)
    return n === undefined ? undefined : {kind: 'number', value: String(n), raw: m[0], start: m.index, end: m.index}
  }).map(({value, raw}) => ({kind: 'number', value, raw}))
}

function scaleOf(word: string | undefined): number {
  if (!word) return 0
  if (/^(?:млрд|миллиард)/i.test(word)) return 9
  if (/^(?:млн|миллион)/i.test(word)) return 6
  return 3
}

/** Shifts the decimal point right by `scale` places without floating-point error, then trims zeros. */
export function scaled(int: string, frac: string, scale: number): string {
  // "050040" (a postal code) keeps its zero: it is written, not computed.
  if (!frac && scale === 0) return int
  const digits = int + frac.padEnd(scale, '0')
  const point = int.length + scale
  const whole = digits.slice(0, point).replace(/^0+(?=\d)/, '')
  const rest = digits.slice(point).replace(/0+$/, '')
  return rest ? `${whole}.${rest}` : whole
}
