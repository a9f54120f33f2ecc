// "What changed" is owed to readers from version 2 on, in every language the revision is written in.
import type {Locale, Localized} from '../../../lib/content/types'
import type {SectionValue} from '../sectionValue'
import {languagesWithContent} from './languages'

export type SummaryInput = {version?: number; summary?: Localized<string>; sections?: SectionValue[]}

const filled = (value: string | undefined) => typeof value === 'string' && value.trim() !== ''

/** Error messages, empty when the summary is acceptable. */
export function summaryProblems({version, summary, sections}: SummaryInput): string[] {
  if (typeof version !== 'number' || version < 2) return []
  const present = (locale: Locale) => filled(summary?.[locale])
  const written = languagesWithContent(sections)
  if (written.length === 0) {
    return present('kk') || present('ru') ? [] : [`From version 2 on, a summary of what changed is required`]
  }
  return written
    .filter((locale) => !present(locale))
    .map((locale) => `From version 2 on, a summary is required in ${locale} (the sections are written in ${locale})`)
}
