import type {Locale, Section} from '@/lib/content/types'
import {blocksToParagraphs} from './blocksToText'
import {tokenize} from './tokenize'

/** One language of one section as comparable plain text. */
export type SectionText = {heading: string; paragraphs: string[]}

export function sectionText(section: Section | undefined, locale: Locale): SectionText {
  return {
    heading: section?.heading?.[locale]?.trim() ?? '',
    paragraphs: section ? blocksToParagraphs(section.body?.[locale]) : [],
  }
}

export const hasText = (text: SectionText) => text.heading !== '' || text.paragraphs.length > 0

/**
 * Equal for two texts exactly when their diff shows no insertion or deletion: the word tokens of the heading and
 * of the body, in order. Whitespace and paragraph breaks are left out, as the diff ignores them too.
 */
export function textFingerprint(text: SectionText): string {
  const words = (value: string) => tokenize(value).map((token) => token.key)
  return [words(text.heading).join(' '), text.paragraphs.flatMap(words).join(' ')].join('\n')
}
