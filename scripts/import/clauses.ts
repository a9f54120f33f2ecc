// Clause numbers ("1.", "2.1.", "3.2.1", "4.1.12") at the start of a paragraph: how legal texts are structured,
// and how the Kazakh and Russian versions of one text line up.

export type Clause = {
  /** Without the trailing dot: "2.1". */
  number: string
  parts: number[]
  /** Where the text after the number starts. */
  restOffset: number
}

// One level needs its dot ("10 (десяти) дней" is not a clause); deeper levels often drop it ("1.1 Осы").
const CLAUSE = /^(\d{1,3}(?:\.\d{1,3})+)\.?(?=[\s\p{L}«"(]|$)|^(\d{1,3})\.(?=[\s\p{L}«"(]|$)/u

export function parseClause(text: string): Clause | undefined {
  const match = CLAUSE.exec(text)
  if (!match) return undefined
  const number = match[1] ?? match[2]
  const rest = /^\s*/.exec(text.slice(match[0].length))![0].length
  return {number, parts: number.split('.').map(Number), restOffset: match[0].length + rest}
}

/** A bold run that holds only a clause number ("**2.2.**"): where a clause starts inside a paragraph. */
export function isBareClauseNumber(text: string): boolean {
  return /^(?:\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}\.)$/.test(text.trim())
}

/** A source line that starts a clause, before Markdown conversion (also "**4.2.1. …**" and "## 2. …"). */
export const CLAUSE_LINE = /^\s{0,3}(?:#{1,6}\s+)?(?:\*\*|__)?(?:\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}\.)(?:\*\*|__)?(?=\s|$)/

/**
 * Text that stops mid-sentence (a paragraph cut in two by the layout of the source): several words, ending
 * in a lower-case word, a comma or a dash. "Email: info@example.kz" or "Телефон: 8 700 …" are not cut.
 */
export function isOpenEnded(text: string): boolean {
  const words = text.trim().split(/\s+/)
  const last = words[words.length - 1] ?? ''
  return words.length >= 6 && /[\p{Ll},\-–—]$/u.test(last) && !/[@/]|\d/.test(last)
}
