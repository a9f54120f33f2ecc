import type {Translator} from '@/lib/i18n/translator'

/**
 * Every UI string the compare components show, already translated into the page's language (read from
 * messages/{kk,ru}.json by `compareLabels`), so the row components take plain strings.
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

/** The compare components' strings, in the page's language. */
export function compareLabels(t: Translator): {labels: CompareLabels; legend: LegendLabels} {
  const labels: CompareLabels = {
    inserted: t('Compare.inserted'),
    deleted: t('Compare.deleted'),
    added: t('Compare.added'),
    removed: t('Compare.removed'),
    moved: t('Compare.moved'),
    changed: t('Compare.changed'),
    unchanged: t('Compare.unchanged'),
    missingInFrom: t('Compare.missingInFrom'),
    missingInTo: t('Compare.missingInTo'),
    preamble: t('Compare.preamble'),
  }
  const legend: LegendLabels = {
    title: t('Compare.legend'),
    insertedText: t('Compare.insertedText'),
    deletedText: t('Compare.deletedText'),
    unchangedHint: t('Compare.unchangedHint'),
    added: labels.added,
    removed: labels.removed,
    moved: labels.moved,
    changed: labels.changed,
  }
  return {labels, legend}
}
