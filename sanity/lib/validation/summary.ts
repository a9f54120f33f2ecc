// The Studio's reading of a revision for the summary rule (lib/revisions/summary.ts): which languages its sections
// are written in.
import type {Localized} from '../../../lib/content/types'
import {summaryProblems as problems} from '../../../lib/revisions/summary'
import type {SectionValue} from '../sectionValue'
import {languagesWithContent} from './languages'

export type SummaryInput = {version?: number; summary?: Localized<string>; sections?: SectionValue[]}

/** Error messages, empty when the summary is acceptable. */
export function summaryProblems({version, summary, sections}: SummaryInput): string[] {
  return problems({version, summary, languages: languagesWithContent(sections)})
}
