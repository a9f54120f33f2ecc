import type {Locale, Section} from '@/lib/content/types'

/** A run of words that is the same in both versions, only in the newer one, or only in the older one. */
export type DiffPart = {kind: 'same' | 'insert' | 'delete'; text: string}

/** A body diff: one array of parts per paragraph (Portable Text block) of the combined view. */
export type DiffParagraph = DiffPart[]

export type SectionStatus = 'unchanged' | 'changed' | 'added' | 'removed' | 'moved'

/** One row of `matchSections`: a section of either revision, or the pair that matched. */
export type SectionMatch = {
  /** `moved` wins over `changed`; read `changed` for a moved section whose text also changed. */
  status: SectionStatus
  from?: Section
  to?: Section
  fromIndex?: number
  toIndex?: number
  matchedBy?: 'key' | 'anchor'
  /** Its position relative to the other matched sections differs between the revisions. */
  moved: boolean
  /** Its text differs in at least one language (whitespace alone never counts). */
  changed: boolean
}

/** What one language of one section looks like from the older revision to the newer one. */
export type LocaleDiff = {
  heading: DiffPart[]
  body: DiffParagraph[]
  /**
   * The section exists on that side but has no text in this language (not translated there).
   * A side where the section itself is absent (added/removed rows) is not "missing": the status says it.
   */
  missing: {from: boolean; to: boolean}
  changed: boolean
}

export type SectionComparison = SectionMatch & {
  /** Unique within one comparison: use it as the React key. */
  id: string
  /** The newer section's anchor, or the removed section's. */
  anchor: string
  locales: Record<Locale, LocaleDiff>
}

/** Rows counted by `status` (they add up to `rows.length`); a moved section that also changed counts as moved. */
export type CompareStats = Record<SectionStatus, number>

export type RevisionComparison = {rows: SectionComparison[]; stats: CompareStats}
