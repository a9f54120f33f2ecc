// Phone numbers, normalized to digits with a leading "+": "+7 (727) 123-45-67" and "8 727 1234567" are both
// +77271234567. Kazakhstan's trunk prefix 8 and bare ten-digit numbers are read as +7.
import {scan, type Extractor, type Hit} from './scan'

// A run of digits with phone punctuation between them; what it is, is decided in `toPhone`.
const CANDIDATE = /(?<![\p{L}\p{N}.,/-])(?:\+\s?)?\(?\d(?:[\s\u00a0()\-–.]{0,3}\d){6,14}(?![\p{N}])(?!\s?-\s?[\p{L}])/gu

export const extractPhones: Extractor = (text) =>
  scan(text, CANDIDATE, (m) => {
    const value = toPhone(m[0])
    if (!value) return undefined
    return {kind: 'phone', value, raw: m[0], start: m.index, end: m.index + m[0].length} satisfies Hit
  })

/** The normalized phone, or undefined when the run reads better as an amount, a date or an id. */
export function toPhone(raw: string): string | undefined {
  const digits = raw.replace(/\D/g, '')
  const international = raw.trimStart().startsWith('+')
  // "1 000 000" and "1.000.000" are amounts.
  if (/^\d{1,3}(?:[\s\u00a0.]\d{3})+$/.test(raw.trim())) return undefined
  if (international) return digits.length >= 10 && digits.length <= 15 ? `+${digits}` : undefined
  // A local number written 123-45-67 (seven digits with dashes) stays as written.
  if (digits.length === 7) return /^\d{3}-\d{2}-\d{2}$/.test(raw.trim()) ? digits : undefined
  const shaped = /[()\-–]/.test(raw) || /^[78][\s\u00a0]/.test(raw.trim()) || /^\d{3}\s\d{3}\s\d{2}\s\d{2}$/.test(raw.trim())
  if (digits.length === 11 && /^[78]/.test(digits) && (shaped || /^\d+$/.test(raw.trim()))) return `+7${digits.slice(1)}`
  if (digits.length === 10 && shaped && /^[3-7]/.test(digits)) return `+7${digits}`
  return undefined
}
