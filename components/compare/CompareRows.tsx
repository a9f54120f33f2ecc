import type {Locale} from '@/lib/content/types'
import type {SectionComparison} from '@/lib/revisions/compare'
import {CompareRow} from './CompareRow'
import type {CompareLabels} from './labels'

type Props = {
  rows: SectionComparison[]
  locale: Locale
  otherLocale: Locale
  labels: CompareLabels
  headingLevel?: 2 | 3 | 4
}

/** Every row of a comparison, in the newer revision's order. */
export function CompareRows({rows, ...rest}: Props) {
  return (
    <div className="border-b border-line">
      {rows.map((row) => (
        <CompareRow key={row.id} row={row} {...rest} />
      ))}
    </div>
  )
}
