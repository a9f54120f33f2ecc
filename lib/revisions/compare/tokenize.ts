// Splits Kazakh/Russian legal text into the tokens a reader thinks of as one unit, so that the diff marks whole
// words ("деректерді" → "деректерін"), whole clause numbers ("4.2." → "4.3.") and whole addresses, never letters.
// Whitespace is never a token: it rides along as the `lead` of the next token, so spacing changes are no change
// but the output still keeps the text's own spacing.

export type Token = {
  /** What equality is decided on. */
  key: string
  text: string
  /** The whitespace before the token in its source. */
  lead: string
}

// Soft hyphens and zero-width characters look like nothing; an edit that only adds or drops them is no change.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g

const STOP = String.raw`[^\s<>"«»“”]`
const LINK = String.raw`(?:(?:https?|ftp):\/\/|mailto:|tel:|www\.)${STOP}+`
const DOMAIN = String.raw`(?:[a-zA-Z0-9][a-zA-Z0-9\-]*\.)+(?:[a-zA-Z]{2,}|қаз|рф)(?![\p{L}\p{N}@])(?:\/${STOP}*)?`
const EMAIL = String.raw`[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)+`
// A clause number keeps its closing dot: at the start of a paragraph ("4.", "1.1.") or when it has levels ("4.2.1.").
const LEADING_NUMBER = String.raw`^\p{N}{1,3}(?:\.\p{N}{1,3})*\.(?!\S)`
const CLAUSE_NUMBER = String.raw`\p{N}{1,3}(?:\.\p{N}{1,3})+\.(?![\p{L}\p{N}])`
// Words hold letters (any script, so ә ғ қ ң ө ұ ү һ і), combining marks and digits; "1,5", "01.01.2024",
// "5-тармақ" and "интернет-ресурс" stay whole.
const PIECE = String.raw`\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{M}\p{N}]+`
const WORD = String.raw`(?:${PIECE})(?:[\-‐‑'’ʼ](?:${PIECE}))*`

// E-mails before domains: "ivan.petrov@mail.kz" must not end up as the domain "ivan.petrov".
const ANY = `(${LINK})|${EMAIL}|(${DOMAIN})|${CLAUSE_NUMBER}|${WORD}|\\S`
const TOKEN = new RegExp(ANY, 'gu')
const FIRST_TOKEN = new RegExp(`${LEADING_NUMBER}|${ANY}`, 'gu')
// Most whitespace-separated chunks are a plain word, perhaps with one punctuation mark after it: these skip the
// full pattern above, which keeps tokenizing a long policy several times faster.
const PLAIN_CHUNK = /^([\p{L}\p{M}]+)(\p{P}?)$/u
const CHUNK = /\S+/g
const TRAILING_PUNCTUATION = /[.,;:!?…)\]}'’]+$/u

export function tokenize(input: string): Token[] {
  const text = input.normalize('NFC').replace(INVISIBLE, '')
  const tokens: Token[] = []
  let end = 0
  for (const match of text.matchAll(CHUNK)) {
    const [chunk, start] = [match[0], match.index]
    let lead = text.slice(end, start)
    end = start + chunk.length
    const plain = PLAIN_CHUNK.exec(chunk)
    const values = plain ? [plain[1], plain[2]].filter(Boolean) : split(chunk, tokens.length === 0)
    for (const value of values) {
      tokens.push({key: value, text: value, lead})
      lead = ''
    }
  }
  return tokens
}

/** Splits a chunk without whitespace into tokens; a clause number is recognized only at the start of the text. */
function split(chunk: string, first: boolean): string[] {
  const pattern = first ? FIRST_TOKEN : TOKEN
  const values: string[] = []
  pattern.lastIndex = 0
  for (let match = pattern.exec(chunk); match; match = pattern.exec(chunk)) {
    const value = (match[1] ?? match[2]) !== undefined ? trimLink(match[0]) : match[0]
    values.push(value)
    pattern.lastIndex = match.index + value.length
  }
  return values
}

/** A sentence may end right after an address: its closing punctuation is not part of it. */
function trimLink(link: string): string {
  let trimmed = link.replace(TRAILING_PUNCTUATION, '')
  // …unless a closing bracket balances one inside the address (wiki-style URLs).
  while (count(trimmed, '(') > count(trimmed, ')') && link.length > trimmed.length && link[trimmed.length] === ')') {
    trimmed += ')'
  }
  return trimmed || link
}

const count = (text: string, char: string) => text.split(char).length - 1

/** Joins the tokens of two paragraphs diffed together; its key can never equal a word's (words hold no whitespace). */
export const PARAGRAPH_BREAK: Token = {key: '\u2029', text: '', lead: ''}
