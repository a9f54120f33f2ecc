// Enumerations inside a sentence: lexicon concepts (or Latin words) joined by commas, semicolons, slashes and the
// conjunctions и / или / либо / а также, және / немесе / мен / бен / пен / әрі / сондай-ақ, and / or, with at most a
// few other words between two items ("фамилия, имя, номер телефона, адрес электронной почты").
import type {Locale} from '@/lib/content/types'
import {mentions, type Mention} from './concepts'

export type Enumeration = {items: Mention[]; raw: string}

const CONJUNCTIONS = new Set([
  'и', 'или', 'либо', 'а', 'также', 'также,', 'и/или',
  'және', 'немесе', 'және/немесе', 'мен', 'бен', 'пен', 'әрі', 'сондай-ақ', 'де', 'да', 'не',
  'and', 'or', 'and/or',
])
/**
 * Words allowed between two items ("номер", "номер мобильного", "данные о"): more breaks the chain, which keeps a
 * conjunction joining two clauses ("…сақталуына жауап береді және оны үшінші тұлғаларға…") from making a list.
 */
const MAX_FILLER_WORDS = 2

export function enumerations(sentence: string, locale: Locale): Enumeration[] {
  const found: Enumeration[] = []
  let chain: Mention[] = []
  const flush = () => {
    const distinct = new Set(chain.map((m) => m.id))
    if (distinct.size >= 2) found.push({items: dedupe(chain), raw: sentence.slice(chain[0].start, chain.at(-1)!.end)})
    chain = []
  }
  for (const mention of mentions(sentence, locale)) {
    const last = chain.at(-1)
    if (last && !joins(sentence.slice(last.end, mention.start))) flush()
    chain.push(mention)
  }
  flush()
  return found
}

// The text between two items joins them when it holds a separator and few other words, and no sentence or
// clause break (a full stop, a colon, a dash opening an explanation).
function joins(gap: string): boolean {
  if (/[.!?:—–]/.test(gap)) return false
  const words = gap.toLowerCase().split(/[\s,;()«»"“”]+/u).filter(Boolean)
  const separator = /[,;/]/.test(gap) || words.some((word) => CONJUNCTIONS.has(word))
  const filler = words.filter((word) => !CONJUNCTIONS.has(word) && /\p{L}/u.test(word))
  return separator && filler.length <= MAX_FILLER_WORDS
}

function dedupe(chain: Mention[]): Mention[] {
  const seen = new Set<string>()
  return chain.filter((m) => !seen.has(m.id) && Boolean(seen.add(m.id)))
}
