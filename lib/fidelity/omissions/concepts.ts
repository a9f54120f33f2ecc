// What a piece of text is about, in terms both columns can compare without translating: lexicon concepts, words in
// Latin letters (IP, MAC, IMEI, cookies, brand names) and facts (numbers, dates, contacts, references).
import type {Locale} from '@/lib/content/types'
import {extractFromText} from '../extract'
import {FULL_NAME_PARTS, lexicon, type ConceptKind} from './lexicon'

/** One thing found in a text: a concept id, `latin:<word>` or `fact:<kind>:<value>`. */
export type Mention = {id: string; kind: ConceptKind | 'latin' | 'fact'; raw: string; start: number; end: number}

const MASK = '\u0001'
// E-mail and web addresses (also bare domains: "sergekvms.kz") are facts, compared as such, not words.
const ADDRESSES = /\S+@\S+|https?:\/\/\S+|www\.\S+|(?<![\p{L}\p{N}_.-])[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?:\/\S*)?/giu
// A word in Latin letters, without what a hyphen joins to it ("ID-i", "cookies-тен" are ID and cookies).
const LATIN = /(?<![\p{L}\p{N}_])[A-Za-z][A-Za-z0-9]*(?![\p{L}\p{N}_])/gu

/** Strict reading, in text order: concepts (each masking what it matched), then Latin words. */
export function mentions(text: string, locale: Locale): Mention[] {
  let rest = text.replace(ADDRESSES, (m) => MASK.repeat(m.length))
  const found: Mention[] = []
  for (const concept of lexicon(locale)) {
    // exec on the shared regex, not matchAll (which copies it): this runs for every sentence of a section.
    const hits = execAll(concept.strict, rest).map((match): Mention => ({id: concept.id, kind: concept.kind, raw: match[0], start: match.index, end: match.index + match[0].length}))
    if (!hits.length) continue
    found.push(...hits)
    rest = mask(rest, hits)
  }
  for (const match of execAll(LATIN, rest)) {
    const id = latinId(match[0])
    if (id) found.push({id, kind: 'latin', raw: match[0], start: match.index, end: match.index + match[0].length})
  }
  return found.sort((a, b) => a.start - b.start)
}

/** Facts of a sentence (clause numbers opening it are its own, not content), as comparable ids. */
export function factIds(text: string, locale: Locale): {id: string; raw: string}[] {
  return extractFromText(text, locale)
    .filter((fact) => !fact.own)
    .map((fact) => ({id: `fact:${fact.kind}:${fact.value}`, raw: fact.raw}))
}

/** What a column's text mentions: `has(id)` for a concept id, `latin:…` or `fact:…`. */
export type Presence = {has: (id: string) => boolean}

/**
 * Everything a column's text mentions, read generously: strict and loose concepts, Latin words, facts. A full name
 * counts as its parts, and surname with name as a full name. Facts are extracted only when first asked about: on a
 * long section that is most of the work, and only a sentence that is a candidate omission asks.
 */
export function presence(text: string, locale: Locale): Presence {
  const ids = words(text, locale)
  let facts: Set<string> | undefined
  return {
    has: (id) => {
      if (!id.startsWith('fact:')) return ids.has(id)
      facts ??= new Set(factIds(text, locale).map((f) => f.id))
      return facts.has(id)
    },
  }
}

function words(text: string, locale: Locale): Set<string> {
  const ids = new Set<string>()
  const clean = text.replace(ADDRESSES, ' ')
  for (const concept of lexicon(locale)) {
    concept.loose.lastIndex = 0
    if (concept.loose.test(clean)) ids.add(concept.id)
  }
  for (const match of execAll(LATIN, clean)) {
    const id = latinId(match[0])
    if (id) ids.add(id)
  }
  if (ids.has('fullName')) for (const part of FULL_NAME_PARTS) ids.add(part)
  if (ids.has('surname') && ids.has('name')) ids.add('fullName')
  return ids
}

// Words that are not content: Roman numerals of law numbers are facts already; single letters are list markers.
function latinId(word: string): string | undefined {
  if (word.length < 2) return undefined
  if (/^[IVXLC]+$/.test(word)) return undefined
  let id = word.toLowerCase()
  // "cookies" and "cookie", "IP-адрес" is a concept already.
  if (id.length > 4 && id.endsWith('s') && !id.endsWith('ss')) id = id.slice(0, -1)
  return `latin:${id}`
}

function execAll(re: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = []
  re.lastIndex = 0
  for (let match = re.exec(text); match; match = re.exec(text)) {
    if (match[0] === '') re.lastIndex++
    else matches.push(match)
  }
  return matches
}

function mask(text: string, hits: readonly {start: number; end: number}[]): string {
  // Match indexes are UTF-16 offsets.
  const chars = text.split('')
  for (const {start, end} of hits) for (let i = start; i < end; i++) chars[i] = MASK
  return chars.join('')
}
