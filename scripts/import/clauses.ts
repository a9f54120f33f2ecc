// Clause numbers at the start of a paragraph: how legal texts are structured, and how the Kazakh and Russian
// versions of one text line up. Every form seen in Kazakh and Russian legal texts:
//   clauses   "1.", "1.1", "1.1.", "1.1)", "1 Текст" (a bare number before a capital), "п. 1.1", "1.1-тармақ"
//   articles  "Статья 5", "5-бап"
//   parts     Roman numerals ("II.", Kazakh typists' Cyrillic "ІІ."), "Глава 2", "Раздел 2", "2-тарау", "2-бөлім"
// The number may be followed by a space, a tab or a no-break space (the text is collapsed before it gets here).

export type Rank = 'part' | 'article' | 'clause'

export type Clause = {
  /** Without the trailing dot or bracket, Roman numerals in Arabic digits: "2.1", "5" for "V.". */
  number: string
  parts: number[]
  /** Where the text after the number starts. */
  restOffset: number
  /** Parts and articles make sections when a text has them; clauses are numbered inside. */
  rank: Rank
}

const ARABIC = String.raw`\d{1,3}(?:\.\d{1,3})*`
const LATIN_ROMAN = '[IVXL]{1,7}'
// Cyrillic І (U+0406) and Х (U+0425) typed for Roman I and X, with Latin V and L.
const CYRILLIC_ROMAN = '[IІVХXL]{1,7}'
const END = String.raw`(?=[\s\p{L}«"(]|$)`
// After a word form ("Статья 5", "5-бап", "п. 1.1"): a dot or colon, or a capital next. "Статья 5 настоящего
// Закона", "5-бапқа сәйкес", "1.1-тармақта" are references inside a sentence, not numbers of their own.
const NAMED_END = String.raw`(?:[.:](?=\s|$)|(?=\s+[\p{Lu}«"]|\s*$))`

type Form = {regex: RegExp; rank: Rank}

const form = (source: string, rank: Rank): Form => ({regex: new RegExp(`^${source}`, 'u'), rank})
/** A word in either case, letter by letter: the "i" flag would let \p{Lu} match lower-case letters too. */
const word = (...words: string[]) => `(?:${words.map((w) => [...w].map((c) => (c.toUpperCase() === c ? c : `[${c.toUpperCase()}${c}]`)).join('')).join('|')})`

const FORMS: Form[] = [
  // Parts: "Глава 2.", "РАЗДЕЛ II", "2-тарау.", "II бөлім", "II. ЖАЛПЫ", "ІІ. ЖАЛПЫ", "II ОБЩИЕ".
  form(String.raw`${word('глава', 'раздел', 'часть', 'тарау', 'бөлім')}\s+(\d{1,3}|${CYRILLIC_ROMAN})${NAMED_END}`, 'part'),
  form(String.raw`(\d{1,3}|${CYRILLIC_ROMAN})\s*-?\s*${word('тарау', 'бөлім')}${NAMED_END}`, 'part'),
  form(String.raw`(${LATIN_ROMAN})(?:\.|\s+(?=\p{Lu}))${END}`, 'part'),
  form(String.raw`(${CYRILLIC_ROMAN})\.(?=\s)`, 'part'),
  // Articles: "Статья 5.", "Ст. 5", "5-бап.", "5 бап".
  form(String.raw`(?:${word('статья')}|${word('ст')}\.)\s*(\d{1,3})${NAMED_END}`, 'article'),
  form(String.raw`(\d{1,3})\s*-?\s*${word('бап')}${NAMED_END}`, 'article'),
  // Clauses named as such: "п. 1.1.", "пп. 1.1.1", "1.1-тармақ.", "1.1.1-тармақша." ("Пункт 1.1 …" opens a
  // sentence that cites a clause).
  form(String.raw`${word('п', 'пп')}\.\s*(${ARABIC})${NAMED_END}`, 'clause'),
  form(String.raw`(${ARABIC})\s*-?\s*${word('тармақша', 'тармақ')}${NAMED_END}`, 'clause'),
  // Plain numbers. One level needs its dot ("10 (десяти) дней" is not a clause) or a capital after it
  // ("1 Общие положения"); deeper levels may end in ".", ")" or nothing ("1.1 Осы", "1.1) Осы"). "1)" alone is
  // an item of a list inside a clause, not a clause.
  form(String.raw`(\d{1,3}(?:\.\d{1,3})+)[.)]?${END}`, 'clause'),
  form(String.raw`(\d{1,3})\.${END}`, 'clause'),
  form(String.raw`(\d{1,3})(?=\s+\p{Lu})`, 'clause'),
]

export function parseClause(text: string): Clause | undefined {
  for (const form of FORMS) {
    const match = form.regex.exec(text)
    if (!match) continue
    const written = match[1]
    const number = /^\d/.test(written) ? written : romanValue(written)
    if (number === undefined) continue
    const rest = /^\s*/.exec(text.slice(match[0].length))![0].length
    return {number: String(number), parts: String(number).split('.').map(Number), restOffset: match[0].length + rest, rank: form.rank}
  }
  return undefined
}

/** "XIV" → 14; Cyrillic І and Х read as I and X; `undefined` for letters that make no valid numeral. */
export function romanValue(text: string): number | undefined {
  const latin = text.toUpperCase().replace(/І/g, 'I').replace(/Х/g, 'X')
  if (!/^(?=[IVXL])(XL|L?X{0,3})(IX|IV|V?I{0,3})$/.test(latin)) return undefined
  const values: Record<string, number> = {I: 1, V: 5, X: 10, L: 50}
  let total = 0
  for (let i = 0; i < latin.length; i++) {
    const value = values[latin[i]]
    total += value < (values[latin[i + 1]] ?? 0) ? -value : value
  }
  return total
}

/** A bold run that holds only a clause number ("**2.2.**"): where a clause starts inside a paragraph. */
export function isBareClauseNumber(text: string): boolean {
  return /^(?:\d{1,3}(?:\.\d{1,3})+[.)]?|\d{1,3}\.)$/.test(text.trim())
}

/** A source line that starts a clause, before Markdown conversion (also "**4.2.1. …**", "## 2. …", "II. …"). */
export function isClauseLine(line: string): boolean {
  const text = line.replace(/^\s{0,3}(?:#{1,6}\s+)?(?:\*\*|__)?/, '').replace(/^([^*_]{1,24}?)(?:\*\*|__)/, '$1')
  const clause = parseClause(text)
  // A space after the number, as before Markdown: "3.2.1.Пайдаланушының" continues the line above.
  return Boolean(clause && (clause.restOffset >= text.length || /\s/.test(text[clause.restOffset - 1])))
}

/**
 * Text that stops mid-sentence (a paragraph cut in two by the layout of the source): several words, ending
 * in a lower-case word, a comma or a dash. "Email: info@example.kz" or "Телефон: 8 700 …" are not cut.
 */
export function isOpenEnded(text: string): boolean {
  const words = text.trim().split(/\s+/)
  const last = words[words.length - 1] ?? ''
  return words.length >= 6 && /[\p{Ll},\-–—]$/u.test(last) && !/[@/]|\d/.test(last)
}
