import type {Locale} from '@/lib/content/types'
import type {LocaleDiff} from '@/lib/revisions/compare'
import {DiffParts} from './DiffParts'
import type {CompareLabels} from './labels'

type Props = {
  diff: LocaleDiff
  /** The language of this column's policy text. */
  lang: Locale
  /** The page's language, for the UI notes inside the column. */
  uiLocale: Locale
  labels: CompareLabels
}

/** One language of one compared section: heading and paragraphs with the changes marked. */
export function DiffColumn({diff, lang, uiLocale, labels}: Props) {
  // A language absent now matters more than one absent before.
  const note = diff.missing.to ? labels.missingInTo : diff.missing.from ? labels.missingInFrom : undefined
  const marks = {labels, labelLang: uiLocale}
  return (
    <div lang={lang} data-locale={lang} className="min-w-0">
      {diff.heading.length > 0 && (
        <h2 className="text-lg leading-snug font-semibold">
          <DiffParts parts={diff.heading} {...marks} />
        </h2>
      )}
      {diff.body.length > 0 && (
        <div className="legal-text mt-2">
          {diff.body.map((paragraph, i) => (
            <p key={i}>
              <DiffParts parts={paragraph} {...marks} />
            </p>
          ))}
        </div>
      )}
      {note && (
        <p lang={uiLocale} className="mt-2 rounded-md border border-dashed border-line px-3 py-2 text-sm text-muted">
          {note}
        </p>
      )}
    </div>
  )
}
