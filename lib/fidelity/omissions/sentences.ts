// Sentences of Russian and Kazakh legal text, by punctuation: a full stop (or ! ? …) followed by a capital letter or
// a digit starts a new sentence, unless it closes an abbreviation ("т.ч.", "п.", "ст.", "ж.", "қ.", an initial) or a
// clause number opening the paragraph ("2.1.1. Персональная…").

const ABBREVIATIONS = new Set([
  // Russian
  'т.ч', 'т.е', 'т.д', 'т.п', 'т.к', 'т.н', 'др', 'пр', 'п', 'пп', 'ст', 'ч', 'г', 'гг', 'ул', 'д', 'кв', 'обл', 'им',
  'см', 'стр', 'тел', 'руб', 'тыс', 'млн', 'млрд', 'коп', 'мин', 'сек', 'прим', 'эл', 'абз', 'подп', 'рк', 'в т.ч',
  // Kazakh
  'т.б', 'т.с.с', 'ж', 'жж', 'қ', 'көш', 'б', 'т', 'тг', 'бб', 'тт', 'мың', 'ҚР',
  // Latin
  'e.g', 'i.e', 'etc', 'no', 'vs',
].map((a) => a.toLowerCase()))

const BOUNDARY = /[.!?…]+["»”)\]]*\s+/gu
const STARTS_SENTENCE = /^["«“(]?[\p{Lu}\p{N}]/u
const CLAUSE_NUMBER_ONLY = /^\s*\(?\d+(?:\.\d+)*\.?\)?\s*$/u

/** The sentences of one paragraph, trimmed, in order. */
export function splitSentences(paragraph: string): string[] {
  const text = paragraph.replace(/\s+/g, ' ').trim()
  if (!text) return []
  const sentences: string[] = []
  let start = 0
  BOUNDARY.lastIndex = 0
  for (let match = BOUNDARY.exec(text); match; match = BOUNDARY.exec(text)) {
    const end = match.index + match[0].length
    if (!STARTS_SENTENCE.test(text.slice(end, end + 2))) continue
    const sentence = text.slice(start, match.index)
    if (sentence.length < 20 && CLAUSE_NUMBER_ONLY.test(sentence)) continue
    // The word before the full stop is all an abbreviation needs (and bounds the work on a huge paragraph).
    if (match[0].startsWith('.') && isAbbreviation(sentence.slice(-24))) continue
    sentences.push(text.slice(start, end).trim())
    start = end
  }
  const rest = text.slice(start).trim()
  if (rest) sentences.push(rest)
  return sentences
}

function isAbbreviation(before: string): boolean {
  const word = /([\p{L}.]+)$/u.exec(before)?.[1]
  if (!word) return false
  const bare = word.replace(/^\.+/, '').toLowerCase()
  // A single letter is an initial or a one-letter abbreviation ("А. Б. Иванов", "г. Алматы").
  if ([...bare].length === 1) return true
  return ABBREVIATIONS.has(bare) || ABBREVIATIONS.has(bare.replace(/^в\s*/, ''))
}

/** Letters only: punctuation, digits and spaces vary between translations more than words do. */
export function letterCount(text: string): number {
  return text.replace(/[^\p{L}]+/gu, '').length
}
