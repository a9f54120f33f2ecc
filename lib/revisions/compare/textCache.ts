import type {Locale, Section} from '@/lib/content/types'
import {identicalText, sameWords, sectionText, tokenizeText, type SectionText, type SectionTokens} from './sectionText'

type Entry = {text: SectionText; tokens?: SectionTokens}

const NO_TEXT: SectionText = {heading: '', paragraphs: []}

/** Each section's text and tokens per language, computed once though matching and diffing both need them. */
export class TextCache {
  private entries = new Map<Section, Partial<Record<Locale, Entry>>>()

  text(section: Section | undefined, locale: Locale): SectionText {
    return section ? this.entry(section, locale).text : NO_TEXT
  }

  tokens(section: Section | undefined, locale: Locale): SectionTokens {
    if (!section) return {heading: [], paragraphs: []}
    const entry = this.entry(section, locale)
    return (entry.tokens ??= tokenizeText(entry.text))
  }

  /** Whether a reader would see a difference in this language (whitespace alone is none). */
  differs(a: Section, b: Section, locale: Locale): boolean {
    if (identicalText(this.text(a, locale), this.text(b, locale))) return false
    return !sameWords(this.tokens(a, locale), this.tokens(b, locale))
  }

  private entry(section: Section, locale: Locale): Entry {
    let entries = this.entries.get(section)
    if (!entries) this.entries.set(section, (entries = {}))
    return (entries[locale] ??= {text: sectionText(section, locale)})
  }
}
