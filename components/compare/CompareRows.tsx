import type {Locale} from '@/lib/content/types'
import type {SectionComparison} from '@/lib/revisions/compare'
import {CompareRow} from './CompareRow'
import type {CompareLabels} from './labels'

type Props = {
  rows: SectionComparison[]
  locale: Locale
  otherLocale: Locale
  labels: CompareLabels
  /** Both revisions are published in this language only. */
  only?: Locale
}

/**
 * Every row of a comparison, in the newer revision's order, each under its section's anchor (as on the policy
 * page, so `…/compare/1/2#cookies` opens at that section). A removed section whose anchor a newer one took
 * gets the anchor with `-removed`.
 */
export function CompareRows({rows, ...rest}: Props) {
  const live = new Set(rows.filter((row) => row.status !== 'removed').map((row) => row.anchor))
  return (
    <div className="border-b border-line">
      {rows.map((row) => {
        const id = row.status === 'removed' && live.has(row.anchor) ? `${row.anchor}-removed` : row.anchor
        return <CompareRow key={row.id} row={row} id={id} {...rest} />
      })}
    </div>
  )
}
