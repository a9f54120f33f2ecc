// Telling headings from sentences in sources that mark neither: "1. Жалпы ережелер Осы Құпиялылық саясаты …"
// holds a heading and the first sentence on one line; "ТАРАПТАРДЫҢ МІНДЕТТЕМЕЛЕРІ" is a heading by its case.
import type {Para} from './types'

const words = (text: string) => text.split(/\s+/).filter(Boolean)

export function isUpperCaseLine(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? []
  return letters.length >= 4 && letters.every((letter) => letter === letter.toUpperCase() && letter !== letter.toLowerCase())
}

/** Short, and not a sentence: a trailing "." is tolerated on very short lines ("1. Общие положения."). */
export function looksLikeHeadingText(text: string): boolean {
  const count = words(text).length
  if (count === 0 || count > 14 || text.length > 140) return false
  if (/[;:!?,]$/.test(text)) return false
  if (text.endsWith('.')) return count <= 8 && !/[.!?]\s/.test(text)
  return true
}

/** Headings of unnumbered sections: marked up as such, or a short bold or upper-case line. */
export function isHeadingLike(para: Para): boolean {
  if (para.kind === 'item') return false
  if (para.kind === 'heading') return true
  return (para.bold || isUpperCaseLine(para.text)) && looksLikeHeadingText(para.text)
}

/**
 * Where the first sentence starts on a line that begins with a heading: the first capitalised word after
 * the heading's own words. `undefined` when there is no such word, or too few words would be left.
 */
export function sentenceStart(text: string, from: number, {maxWords = 12, capitalisedOnly = false} = {}): number | undefined {
  const found = [...text.slice(from).matchAll(/\S+/g)]
  for (let i = 1; i < Math.min(found.length - 2, maxWords + 1); i++) {
    const word = found[i][0]
    const starts = capitalisedOnly ? /^\p{Lu}\p{Ll}/u.test(word) : /^\p{Lu}/u.test(word)
    if (starts) return from + found[i].index
  }
  return undefined
}
