import type {Locale} from '@/lib/content/types'
import type {DiffPart} from '@/lib/revisions/compare'
import type {CompareLabels} from './labels'
import {deletedClass, insertedClass} from './styles'

type Props = {
  parts: DiffPart[]
  labels: Pick<CompareLabels, 'inserted' | 'deleted'>
  /** The page's language: the hidden labels are UI text, not policy text. */
  labelLang: Locale
}

/** A run of policy text with insertions in `<ins>` and deletions in `<del>`, each announced to screen readers. */
export function DiffParts({parts, labels, labelLang}: Props) {
  return parts.map((part, i) => {
    if (part.kind === 'same') return part.text
    const [Mark, label, className] =
      part.kind === 'insert' ? (['ins', labels.inserted, insertedClass] as const) : (['del', labels.deleted, deletedClass] as const)
    return (
      <Mark key={i} className={className}>
        <span lang={labelLang} className="sr-only">
          {label}{' '}
        </span>
        {part.text}
      </Mark>
    )
  })
}
