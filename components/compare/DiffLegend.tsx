import {Badge} from './Badge'
import type {LegendLabels} from './labels'
import {deletedClass, insertedClass} from './styles'

/**
 * Explains the markers of the compare page: a native disclosure, open by default, so keyboard users reach it
 * (its summary is focusable). The samples look like the real markers but are not `<ins>`/`<del>`.
 */
export function DiffLegend({labels}: {labels: LegendLabels}) {
  return (
    <details open className="rounded-md border border-line px-4 py-3 text-sm">
      <summary className="cursor-pointer font-semibold">{labels.title}</summary>
      <ul className="mt-2 flex flex-wrap items-center gap-x-5 gap-y-2">
        <li>
          <span className={insertedClass}>{labels.insertedText}</span>
        </li>
        <li>
          <span className={deletedClass}>{labels.deletedText}</span>
        </li>
        <li>
          <Badge tone="added">{labels.added}</Badge>
        </li>
        <li>
          <Badge tone="removed">{labels.removed}</Badge>
        </li>
        <li>
          <Badge tone="moved">{labels.moved}</Badge>
        </li>
        <li>
          <Badge tone="changed">{labels.changed}</Badge>
        </li>
        <li className="text-muted">
          <span aria-hidden="true">▸ </span>
          {labels.unchangedHint}
        </li>
      </ul>
    </details>
  )
}
