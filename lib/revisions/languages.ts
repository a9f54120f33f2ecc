import {locales, type Locale, type Revision, type Section} from '@/lib/content/types'
import {hasText as isText} from '@/lib/fidelity/portableText'

/** A section has text in a language when it has a heading or a body in it. */
export function hasText(section: Section, locale: Locale): boolean {
  return isText(section.heading[locale]) || isText(section.body[locale])
}

/**
 * The one language a revision is published in: the other has no text in any section (no heading, no body). A
 * bilingual revision, even with a section missing a language, and one with no text at all have none.
 */
export function onlyLanguage(revision: Pick<Revision, 'sections'>): Locale | undefined {
  const present = locales.filter((locale) => revision.sections.some((section) => hasText(section, locale)))
  return present.length === 1 ? present[0] : undefined
}
