// Dates in any written form become `YYYY-MM-DD` (or `YYYY-MM` when only month and year are written), so that
// "2013 жылғы 21 мамырдағы" in kk and "21 мая 2013 года" in ru compare equal.
import {MONTH, monthNumber} from './months'
import {maskHits, scan, whole, WORD_START, type Extractor, type Hit} from './scan'

const QUOTE_OPEN = '[«"“]?'
const QUOTE_CLOSE = '[»"”]?'
const DAY = `${QUOTE_OPEN}(\\d{1,2})${QUOTE_CLOSE}`
// "21-ші мамыр", "1-го мая"
const ORDINAL = '(?:\\s*-\\s*(?:ші|шы|і|ы|го|е|ое))?'
const KK_YEAR_WORD = '(?:жылғы|жылдың|жылы|ж\\.)'

const patterns: {re: RegExp; parts: (m: RegExpExecArray) => [string, string, string?]}[] = [
  // 2013-05-21
  {re: new RegExp(`(?<![\\d.-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d-])`, 'gu'), parts: (m) => [m[1], m[2], m[3]]},
  // 21.05.2013, 21/05/2013
  {re: /(?<![\d.,/])(\d{1,2})([./])(\d{1,2})\2(\d{4})(?![\d])/gu, parts: (m) => [m[4], m[3], m[1]]},
  // 2013 жылғы 21 мамырдағы, 2013 ж. «21» мамыр
  {re: new RegExp(`${WORD_START}(\\d{4})\\s*${KK_YEAR_WORD}\\s*${DAY}${ORDINAL}\\s*(${MONTH})`, 'giu'), parts: (m) => [m[1], m[3], m[2]]},
  // 21 мая 2013 года, 21 мамыр 2013 ж.
  {re: new RegExp(`${WORD_START}${DAY}${ORDINAL}\\s*(${MONTH})\\s*(\\d{4})(?![\\p{N}])`, 'giu'), parts: (m) => [m[3], m[2], m[1]]},
  // 2013 жылғы мамырда
  {re: new RegExp(`${WORD_START}(\\d{4})\\s*${KK_YEAR_WORD}\\s*(${MONTH})`, 'giu'), parts: (m) => [m[1], m[2]]},
  // в мае 2013 года, мамыр 2013 ж.
  {re: new RegExp(`${WORD_START}(${MONTH})\\s*(\\d{4})(?![\\p{N}])`, 'giu'), parts: (m) => [m[2], m[1]]},
]

// A range within one month names the month and year once: "с 1 по 15 января 2024 года", "2024 жылғы 1-15 қаңтар".
const RANGE_SEP = '\\s*(?:[-–—]|по|до)\\s*'
const ranges: {re: RegExp; parts: (m: RegExpExecArray) => [string, string, string, string]}[] = [
  {re: new RegExp(`${WORD_START}(\\d{1,2})${RANGE_SEP}(\\d{1,2})\\s*(${MONTH})\\s*(\\d{4})(?![\\p{N}])`, 'giu'), parts: (m) => [m[4], m[3], m[1], m[2]]},
  {re: new RegExp(`${WORD_START}(\\d{4})\\s*${KK_YEAR_WORD}\\s*(\\d{1,2})\\s*[-–—]\\s*(\\d{1,2})${ORDINAL}\\s*(${MONTH})`, 'giu'), parts: (m) => [m[1], m[4], m[2], m[3]]},
]

export const extractDates: Extractor = (text) => {
  const hits: Hit[] = []
  for (const {re, parts} of ranges) {
    hits.push(
      ...scan(maskHits(text, hits), re, (m) => {
        const [year, month, from, to] = parts(m)
        const first = toIsoDate(year, month, from)
        const last = toIsoDate(year, month, to)
        return first && last ? [whole(m, 'date', first), whole(m, 'date', last)] : undefined
      }),
    )
  }
  let masked = maskHits(text, hits)
  for (const {re, parts} of patterns) {
    const found = scan(masked, re, (m) => {
      const value = toIsoDate(...parts(m))
      return value ? whole(m, 'date', value) : undefined
    })
    hits.push(...found)
    masked = maskHits(masked, found)
  }
  return hits
}

/** Month may be digits or a month name; returns undefined for an impossible date (so "4.2.1" is no date). */
export function toIsoDate(year: string, month: string, day?: string): string | undefined {
  const y = Number(year)
  const m = /^\d+$/.test(month) ? Number(month) : monthNumber(month)
  if (!m || m > 12 || y < 1800 || y > 2200) return undefined
  if (day === undefined) return `${year}-${pad(m)}`
  const d = Number(day)
  if (d < 1 || d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return undefined
  return `${year}-${pad(m)}-${pad(d)}`
}

const pad = (n: number) => String(n).padStart(2, '0')
