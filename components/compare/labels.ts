/**
 * Every UI string the compare components show, already translated into the page's language (the page reads
 * them from messages/{kk,ru}.json; these components stay free of next-intl so they render anywhere).
 */
export type CompareLabels = {
  /** Read by screen readers before inserted words, e.g. "inserted:" / "қосылды:". */
  inserted: string
  /** Read by screen readers before deleted words, e.g. "deleted:" / "жойылды:". */
  deleted: string
  /** Badges. */
  added: string
  removed: string
  moved: string
  changed: string
  /** Shown beside the heading of a collapsed section whose text did not change. */
  unchanged: string
  /** The name of a first section that has no heading (the text before clause 1). */
  preamble: string
  /** In a column: this language had no text in the older version (it was added). */
  missingInFrom: string
  /** In a column: this language has no text in the newer version. */
  missingInTo: string
}

export type LegendLabels = Pick<CompareLabels, 'added' | 'removed' | 'moved' | 'changed'> & {
  title: string
  /** Describe the two text markers, e.g. "Added text" / "Deleted text". */
  insertedText: string
  deletedText: string
  /** Explains the collapsed rows, e.g. "Unchanged sections are collapsed: open them to read". */
  unchangedHint: string
}
