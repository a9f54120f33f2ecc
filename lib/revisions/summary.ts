// "What changed" is owed to readers from version 2 on, in every language the revision is written in: one rule for
// the Studio's validation and the importer.
import type {Locale, Localized} from '@/lib/content/types'

export type SummaryRuleInput = {version?: number; summary?: Localized<string>; /** Languages the sections have text in. */ languages: Locale[]}

const filled = (value: string | undefined) => typeof value === 'string' && value.trim() !== ''

/** What the summary lacks, in plain words; empty when it is acceptable. */
export function summaryProblems({version, summary, languages}: SummaryRuleInput): string[] {
  if (typeof version !== 'number' || version < 2) return []
  const present = (locale: Locale) => filled(summary?.[locale])
  if (languages.length === 0) {
    return present('kk') || present('ru') ? [] : [`From version 2 on, a summary of what changed is required`]
  }
  return languages
    .filter((locale) => !present(locale))
    .map((locale) => `From version 2 on, a summary is required in ${locale} (the sections are written in ${locale})`)
}
