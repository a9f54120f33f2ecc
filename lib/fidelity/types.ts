// Types of the bilingual fidelity checker. Keep this folder free of Next.js imports: Studio validation, the
// importer and scripts/check-content.ts run it outside the app.
import type {Locale} from '@/lib/content/types'

/** What a fact is; also the `kind` of a finding that compares facts of that kind. */
export type FactKind = 'number' | 'date' | 'duration' | 'email' | 'url' | 'phone' | 'lawRef' | 'clauseRef'

/** What one column says and the other leaves out: a whole sentence, or an item of an enumeration. */
export type OmissionKind = 'omittedSentence' | 'omittedItem'

/** A finding's kind: a fact kind, an omission, or a structural difference between the two columns. */
export type FindingKind = FactKind | OmissionKind | 'listCount' | 'missingLanguage'

export const findingKinds: readonly FindingKind[] = [
  'missingLanguage',
  'listCount',
  'omittedSentence',
  'omittedItem',
  'clauseRef',
  'lawRef',
  'date',
  'duration',
  'number',
  'email',
  'url',
  'phone',
]

/** A comparable fact found in one column: `value` is normalized so the kk and ru columns compare. */
export type Fact = {
  kind: FactKind
  value: string
  /** The text it came from, as written (for messages). */
  raw: string
  /** A section's own clause number (heading "4.2." or a paragraph opening "4.2.1."): compared as a set. */
  own?: boolean
}

/**
 * A hint that never raises a finding by itself; it only excuses a fact missing on the other side.
 * E.g. "десяти" excuses a bare "10" in the other column; "в течение месяца" excuses "1 ай".
 */
export type SoftFact = {kind: 'number' | 'duration'; value: string; raw: string}

export type ColumnFacts = {facts: Fact[]; soft: SoftFact[]; listItems: number}

/** Where a finding sits; everything but the revision id is optional so Studio can check one section. */
export type FindingContext = {
  revisionId: string
  policyId?: string
  policySlug?: string
  version?: number
}

export type Finding = FindingContext & {
  kind: FindingKind
  /** A section of the revision, or the revision's summary (then `section` and `sectionKey` are "summary"). */
  scope: 'section' | 'summary'
  /** The section's anchor, or its `_key` when the editor set no anchor. */
  section: string
  sectionKey: string
  /**
   * Normalized values present in kk and not matched in ru (for `listCount`: the kk item count; for
   * `omittedSentence`: the sentences kk has and ru leaves out; for `omittedItem`: lexicon concept ids).
   */
  kk: string[]
  /** The same for ru. */
  ru: string[]
  /** The same facts (sentences, items) as written in each column, for editors. */
  kkText: string[]
  ruText: string[]
  /** Only on `missingLanguage`: the column that has no text, and which part of the section lacks it. */
  missing?: {locale: Locale; part: 'section' | 'heading' | 'body'}
  /** English; use `kind` (and the values) to localize. */
  message: string
}
