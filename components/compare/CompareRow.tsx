import type {Locale} from '@/lib/content/types'
import type {SectionComparison} from '@/lib/revisions/compare'
import {DiffColumn} from './DiffColumn'
import type {CompareLabels} from './labels'
import {SectionBadges} from './SectionBadges'

type Props = {
  row: SectionComparison
  /** The page's language: its column comes first. */
  locale: Locale
  otherLocale: Locale
  labels: CompareLabels
  /** The section's anchor on this page. */
  id?: string
  /** Both revisions are published in this language only: its column alone, the whole width. */
  only?: Locale
}

/**
 * One section of the comparison, both languages side by side on wide screens. A section whose text did not
 * change (even if it moved) is collapsed in a native `<details>`, which opens without JavaScript.
 */
export function CompareRow({row, locale, otherLocale, labels, id, only}: Props) {
  const columns = (
    <div className={only ? '' : 'grid gap-x-10 gap-y-6 lg:grid-cols-2'}>
      {(only ? [only] : [locale, otherLocale]).map((lang) => (
        <DiffColumn
          key={lang}
          diff={row.locales[lang]}
          lang={lang}
          uiLocale={locale}
          labels={labels}
        />
      ))}
    </div>
  )
  if (row.from && row.to && !row.changed) {
    const [headingLang, heading] = summaryHeading(row, locale, otherLocale, labels.preamble)
    return (
      <details id={id} data-status={row.status} className="border-t border-line py-4">
        <summary className="flex cursor-pointer flex-wrap items-center gap-x-3 gap-y-1">
          <span lang={headingLang} className="font-semibold">
            {heading}
          </span>
          <span className="text-sm text-muted">{labels.unchanged}</span>
          <SectionBadges row={row} labels={labels} />
        </summary>
        <div className="mt-4">{columns}</div>
      </details>
    )
  }
  return (
    <section id={id} data-status={row.status} className="border-t border-line py-6">
      <div className="mb-3">
        <SectionBadges row={row} labels={labels} />
      </div>
      {columns}
    </section>
  )
}

/**
 * The heading to show on a collapsed row: the page's language if it has one, else the other; a first section
 * without a heading is the preamble; else the anchor.
 */
function summaryHeading(row: SectionComparison, locale: Locale, otherLocale: Locale, preamble: string): [Locale | undefined, string] {
  for (const lang of [locale, otherLocale]) {
    const text = row.to?.heading[lang]?.trim()
    if (text) return [lang, text]
  }
  return [undefined, row.toIndex === 0 || row.fromIndex === 0 ? preamble : `§ ${row.anchor}`]
}
