// Omissions: a sentence, or an item of an enumeration, that one column states and the other leaves out. Facts
// (numbers, dates, contacts…) cannot catch these: "фамилия, имя, номер телефона" holds none. Without translating,
// the check relies on structure and a small lexicon, and prefers missing an omission to raising a false alarm:
// 1. Align: paragraphs opening with the same clause numbers ("2.1.1.") pair up; within a clause, paragraphs pair
//    up when both columns have as many; otherwise the clause (or the section) is one piece.
// 2. Sentences: where the two sides of a piece have different sentence counts, a sentence of the longer side is
//    omitted from the other only with evidence: what it mentions (lexicon concepts, Latin words, facts) is absent
//    from the other side's whole clause, and/or the lengths say so (the other side matches the piece without it,
//    not with it). A sentence split in two or two joined in one leaves nothing absent and the lengths even.
// 3. Enumerations: an item of a list of lexicon concepts that the other side's clause never mentions, when the
//    other side has part of the list (or the list has three items or more).
import type {Locale, PortableTextBlock, Section} from '@/lib/content/types'
import {columnText} from '../portableText'
import {factIds, mentions, presence, type Presence} from './concepts'
import {enumerations, type Enumeration} from './enumerations'
import {letterCount, splitSentences} from './sentences'

export type Omission = {
  kind: 'omittedSentence' | 'omittedItem'
  /** The column that has the text the other one leaves out. */
  locale: Locale
  /** The sentence, or the item as written. */
  text: string
  /** For an item: a normalized id (the lexicon concept); for a sentence: the sentence. */
  value: string
  /** For an item: the enumeration it belongs to, as written. */
  context?: string
}

/** Kazakh text runs about 4 % shorter in letters than the same Russian text (measured on seed 001). */
const KK_PER_RU = 0.96
/** A sentence shorter than this (letters) is never reported: too little to tell a gap from a rewording. */
const MIN_LETTERS = 25
/** More sentences than this in one aligned piece: too coarse an alignment to look for a missing one. */
const MAX_SENTENCES = 60

type Piece = {kk: string[]; ru: string[]}
type Unit = {pieces: Piece[]; presence: Record<Locale, Presence>}

export function findOmissions(section: Section): Omission[] {
  const kk = paragraphs(section.body.kk)
  const ru = paragraphs(section.body.ru)
  if (!kk.length || !ru.length) return []
  const headings = {kk: section.heading.kk ?? '', ru: section.heading.ru ?? ''}
  const omissions: Omission[] = []
  for (const unit of units(kk, ru, headings)) {
    const sentences = new Set<string>()
    for (const piece of unit.pieces) {
      for (const omission of omittedSentences(piece, unit)) {
        omissions.push(omission)
        sentences.add(omission.text)
      }
    }
    omissions.push(...omittedItems(unit, sentences))
  }
  return omissions
}

/** Omissions of a summary (plain text): the whole summary is one piece. */
export function findTextOmissions(kk: string, ru: string): Omission[] {
  return findOmissions({key: 'summary', anchor: 'summary', heading: {}, body: {kk: plainBlocks(kk), ru: plainBlocks(ru)}})
}

// 1. Alignment ---------------------------------------------------------------------------------------------------

const CLAUSE = /^\s*(\d{1,3}(?:\.\d{1,3})+)\.?\s|^\s*(\d{1,3})[.)]\s/u

function units(kk: string[], ru: string[], headings: Record<Locale, string>): Unit[] {
  const byClause = {kk: clauses(kk), ru: clauses(ru)}
  const sameClauses =
    byClause.kk.length === byClause.ru.length && byClause.kk.every((clause, i) => clause.number === byClause.ru[i].number)
  const pairs: Record<Locale, string[]>[] = sameClauses
    ? byClause.kk.map((clause, i) => ({kk: clause.paragraphs, ru: byClause.ru[i].paragraphs}))
    : [{kk, ru}]
  return pairs.map((pair) => ({
    pieces: pair.kk.length === pair.ru.length ? pair.kk.map((p, i) => ({kk: [p], ru: [pair.ru[i]]})) : [pair],
    presence: {
      kk: presence([headings.kk, ...pair.kk].join('\n'), 'kk'),
      ru: presence([headings.ru, ...pair.ru].join('\n'), 'ru'),
    },
  }))
}

/** Paragraphs grouped by the clause number that opens them; paragraphs before the first number form clause "". */
function clauses(list: string[]): {number: string; paragraphs: string[]}[] {
  const out: {number: string; paragraphs: string[]}[] = []
  for (const paragraph of list) {
    const match = CLAUSE.exec(paragraph)
    const number = match ? (match[1] ?? match[2]) : undefined
    if (number !== undefined || !out.length) out.push({number: number ?? '', paragraphs: [paragraph]})
    else out.at(-1)!.paragraphs.push(paragraph)
  }
  return out
}

// 2. Sentences ---------------------------------------------------------------------------------------------------

function omittedSentences(piece: Piece, unit: Unit): Omission[] {
  const kk = piece.kk.flatMap(splitSentences)
  const ru = piece.ru.flatMap(splitSentences)
  if (kk.length === ru.length) return []
  // A piece this long is a section nothing aligned (no clause numbers in common, paragraphs that differ): its
  // sentence counts say nothing about where a sentence went missing.
  if (Math.max(kk.length, ru.length) > MAX_SENTENCES) return []
  const [locale, longer, shorter] = kk.length > ru.length ? (['kk', kk, ru] as const) : (['ru', ru, kk] as const)
  const other: Locale = locale === 'kk' ? 'ru' : 'kk'
  const size = (text: string, of: Locale) => letterCount(text) / (of === 'kk' ? KK_PER_RU : 1)
  const sizes = longer.map((s) => size(s, locale))
  const otherSizes = shorter.map((s) => size(s, other))
  const total = sizes.reduce((sum, n) => sum + n, 0)
  const otherTotal = otherSizes.reduce((sum, n) => sum + n, 0)
  if (otherTotal === 0) return []
  const pairsUp = pairsUpWithout(sizes, otherSizes)
  const candidates = longer
    .map((sentence, index) => {
      const own = sizes[index]
      const absent = evidence(sentence, locale).filter((id) => !unit.presence[other].has(id))
      return {sentence, own, absent: new Set(absent).size, withIt: total / otherTotal, without: (total - own) / otherTotal, pairsUp: pairsUp(index)}
    })
    .filter((c) => c.own >= MIN_LETTERS && reported(c))
    .sort((a, b) => b.absent - a.absent || b.own - a.own)
  // A piece can hide no more omissions than it has extra sentences.
  return candidates.slice(0, longer.length - shorter.length).map(({sentence}) => ({kind: 'omittedSentence', locale, text: sentence, value: sentence}))
}

/**
 * Whether, without sentence `i`, the rest of `sizes` pairs up one to one with `other`, each pair within 30 % in
 * length: prefix and suffix checks, so every `i` costs nothing more.
 */
function pairsUpWithout(sizes: number[], other: number[]): (i: number) => boolean {
  if (sizes.length !== other.length + 1) return () => false
  const close = (a: number, b: number) => Math.abs(Math.log(a / b)) <= Math.log(1.3)
  // before[i]: sentences 0..i-1 pair with other 0..i-1; after[i]: sentences i+1.. pair with other i..
  const before = [true]
  for (let i = 0; i < other.length; i++) before.push(before[i] && close(sizes[i], other[i]))
  const after: boolean[] = []
  after[sizes.length - 1] = true
  for (let i = sizes.length - 2; i >= 0; i--) after[i] = after[i + 1] && close(sizes[i + 1], other[i])
  return (i) => before[i] && after[i]
}

/** What a sentence says that the other column could mention: concepts (not actions), Latin words, facts. */
function evidence(sentence: string, locale: Locale): string[] {
  const things = mentions(sentence, locale).filter((m) => m.kind !== 'action').map((m) => m.id)
  return [...things, ...factIds(sentence, locale).map((f) => f.id)]
}

type Candidate = {own: number; absent: number; withIt: number; without: number; pairsUp: boolean}

// Lengths are in Russian-equivalent letters; `withIt` and `without` compare the longer side, with and without the
// sentence, to the shorter side. Even translations stay within about ±20 %.
function reported({own, absent, withIt, without, pairsUp}: Candidate): boolean {
  const even = (ratio: number, tolerance: number) => Math.abs(Math.log(ratio)) <= Math.log(1 + tolerance)
  // Removing the sentence must not leave this side much shorter than the other: then the other side holds its
  // content, worded with words the lexicon does not know. Two things it mentions that the other side's clause
  // never does are evidence enough against a longer wording of the rest on the other side.
  if (absent >= 2) return without >= 0.6
  if (without < 0.75) return false
  const lengthSays = withIt >= 1.25 && even(without, 0.2)
  if (absent === 1) return lengthSays
  // Length alone: a long sentence, without which the rest pairs up one to one and the totals even out. A longer
  // wording split into several sentences does not pair up.
  return own >= 60 && pairsUp && withIt >= 1.35 && even(without, 0.15)
}

// 3. Enumerations ------------------------------------------------------------------------------------------------

function omittedItems(unit: Unit, omittedSentencesText: Set<string>): Omission[] {
  const omissions: Omission[] = []
  for (const locale of ['kk', 'ru'] as const) {
    const other: Locale = locale === 'kk' ? 'ru' : 'kk'
    const seen = new Set<string>()
    for (const sentence of unit.pieces.flatMap((piece) => piece[locale].flatMap(splitSentences))) {
      if (omittedSentencesText.has(sentence)) continue
      for (const list of enumerations(sentence, locale)) {
        for (const item of missingItems(list, unit.presence[other])) {
          if (seen.has(item.id)) continue
          seen.add(item.id)
          omissions.push({kind: 'omittedItem', locale, text: item.raw, value: item.id, context: list.raw})
        }
      }
    }
  }
  return omissions
}

function missingItems(list: Enumeration, other: Presence): Enumeration['items'] {
  const missing = list.items.filter((item) => !other.has(item.id))
  const kept = list.items.length - missing.length
  return missing.length && (kept >= 1 || list.items.length >= 3) ? missing : []
}

// Text ------------------------------------------------------------------------------------------------------------

function paragraphs(body: PortableTextBlock[] | undefined): string[] {
  return columnText(undefined, body)
    .text.split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
}

function plainBlocks(text: string): PortableTextBlock[] {
  return text
    .split(/\n+/)
    .filter((line) => line.trim())
    .map((line) => ({_type: 'block', children: [{_type: 'span', text: line}]}))
}
