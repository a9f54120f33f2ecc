// Whether a section is written in both languages. A missing language is normal while a translation is pending
// (the site then says "not yet translated"), so it is a warning unless siteSettings.requireBothLanguages is on.
import {locales, type Locale} from '../../../lib/content/types'
import {bodyIn, headingIn, type SectionValue} from '../sectionValue'

const languageName: Record<Locale, string> = {kk: 'Kazakh (kk)', ru: 'Russian (ru)'}

export function isEmptySection(section: SectionValue): boolean {
  return locales.every((locale) => !headingIn(section, locale) && !bodyIn(section, locale))
}

/**
 * Languages the section lacks. A part (heading or body) counts only when some language has it: a preamble with no
 * heading in either language is complete. An empty section lacks nothing here (see `isEmptySection`).
 */
export function missingLanguages(section: SectionValue): Locale[] {
  const anyHeading = locales.some((locale) => headingIn(section, locale))
  const anyBody = locales.some((locale) => bodyIn(section, locale))
  return locales.filter(
    (locale) => (anyHeading && !headingIn(section, locale)) || (anyBody && !bodyIn(section, locale)),
  )
}

export type LanguageFinding = {level: 'error' | 'warning'; message: string}

export function sectionLanguageFinding(section: SectionValue, requireBothLanguages: boolean): LanguageFinding | null {
  if (isEmptySection(section)) return {level: 'error', message: 'The section has no heading and no text in either language'}
  const missing = missingLanguages(section)
  if (missing.length === 0) return null
  const parts = missing.map((locale) => {
    const lacks = [!headingIn(section, locale) && 'heading', !bodyIn(section, locale) && 'text'].filter(Boolean)
    return `${languageName[locale]} ${lacks.join(' and ')}`
  })
  const message = `Missing ${parts.join('; ')}`
  return requireBothLanguages
    ? {level: 'error', message: `${message} (site settings require both languages)`}
    : {level: 'warning', message: `${message}: the site will show "not yet translated"`}
}

/** Per language: true when every section has it (a revision without sections is complete in neither). */
export function revisionCompleteness(sections: SectionValue[] | undefined): Record<Locale, boolean> {
  const list = (sections ?? []).filter((section) => !isEmptySection(section))
  const complete = (locale: Locale) => list.length > 0 && list.every((s) => !missingLanguages(s).includes(locale))
  return {kk: complete('kk'), ru: complete('ru')}
}

/** Languages in which at least one section has a heading or text. */
export function languagesWithContent(sections: SectionValue[] | undefined): Locale[] {
  return locales.filter((locale) => (sections ?? []).some((s) => headingIn(s, locale) || bodyIn(s, locale)))
}
