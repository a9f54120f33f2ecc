// References to legal acts by number: "№ 94-V", "№94-V ҚРЗ", "N 94-V" (Adilet's Latin N), or a bare "94-V" (the
// Roman numeral is the convocation of Parliament, so a digit-dash-Roman token is always a Kazakh law number).
// The value is the number itself: a Cyrillic kind suffix (12-р in ru, 12-ө in kk: "order") differs by language.
import {scan, WORD_END, WORD_START, type Extractor, type Hit} from './scan'

const NUMBERED = /(?:№|(?<![\p{L}])N(?=\s?\d)|(?<![\p{L}])No\.?(?=\s?\d))\s*(\d+(?:\s?[-–/]\s?[\p{L}\d]+)*)/gu
const ROMAN = new RegExp(`${WORD_START}(\\d+)\\s?[-–]\\s?([IVXLC]{1,5})${WORD_END}`, 'gu')

export const extractLawRefs: Extractor = (text) => {
  const hits = scan(text, NUMBERED, (m) => hit(m, m[1]))
  const taken = (i: number) => hits.some((h) => i >= h.start && i < h.end)
  return [...hits, ...scan(text, ROMAN, (m) => (taken(m.index) ? undefined : hit(m, `${m[1]}-${m[2]}`)))]
}

function hit(m: RegExpExecArray, number: string): Hit {
  return {kind: 'lawRef', value: normalizeLawNumber(number), raw: m[0].trim(), start: m.index, end: m.index + m[0].length}
}

export function normalizeLawNumber(raw: string): string {
  const parts = raw
    .replace(/\s/g, '')
    .replace(/–/g, '-')
    .split(/([-/])/)
  // Keep digits and Latin segments; a trailing Cyrillic segment names the kind of act in one language.
  const kept: string[] = []
  for (let i = 0; i < parts.length; i += 2) {
    const segment = parts[i]
    if (i > 0 && /^[\p{Script=Cyrillic}]+$/u.test(segment)) break
    if (i > 0) kept.push(parts[i - 1])
    kept.push(segment.toUpperCase())
  }
  return kept.join('')
}
