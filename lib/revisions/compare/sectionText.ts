import type {Locale, Section} from '@/lib/content/types'
import {blocksToParagraphs} from './blocksToText'
import {tokenize, type Token} from './tokenize'

/** One language of one section as comparable plain text. */
export type SectionText = {heading: string; paragraphs: string[]}

/** The same, tokenized; paragraphs without any token are left out. */
export type SectionTokens = {heading: Token[]; paragraphs: Token[][]}

export function sectionText(section: Section | undefined, locale: Locale): SectionText {
  return {
    heading: section?.heading?.[locale]?.trim() ?? '',
    paragraphs: section ? blocksToParagraphs(section.body?.[locale]) : [],
  }
}

export const hasText = (text: SectionText) => text.heading !== '' || text.paragraphs.length > 0

export function tokenizeText(text: SectionText): SectionTokens {
  return {heading: tokenize(text.heading), paragraphs: text.paragraphs.map(tokenize).filter((p) => p.length > 0)}
}

/** Character for character the same: the cheap check that settles most sections of a new revision. */
export function identicalText(a: SectionText, b: SectionText): boolean {
  return a.heading === b.heading && a.paragraphs.length === b.paragraphs.length && a.paragraphs.every((p, i) => p === b.paragraphs[i])
}

/**
 * True exactly when the diff of the two would show no insertion or deletion: the same words in the heading and
 * in the body, in order. Whitespace and paragraph breaks do not count, as the diff ignores them too.
 */
export function sameWords(a: SectionTokens, b: SectionTokens): boolean {
  return sameKeys(a.heading, b.heading) && sameKeys(a.paragraphs.flat(), b.paragraphs.flat())
}

const sameKeys = (a: Token[], b: Token[]) => a.length === b.length && a.every((token, i) => token.key === b[i].key)
