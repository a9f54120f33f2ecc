import type {SectionMatch} from '@/lib/revisions/compare'
import {Badge} from './Badge'
import type {CompareLabels} from './labels'

type Props = {row: Pick<SectionMatch, 'status' | 'moved' | 'changed'>; labels: CompareLabels}

/** What happened to the section: added, removed, or moved and/or changed. Nothing for an unchanged one. */
export function SectionBadges({row, labels}: Props) {
  const badges = [
    row.status === 'added' && <Badge key="added" tone="added">{labels.added}</Badge>,
    row.status === 'removed' && <Badge key="removed" tone="removed">{labels.removed}</Badge>,
    row.moved && <Badge key="moved" tone="moved">{labels.moved}</Badge>,
    row.changed && <Badge key="changed" tone="changed">{labels.changed}</Badge>,
  ].filter(Boolean)
  if (badges.length === 0) return null
  return <span className="flex flex-wrap gap-2">{badges}</span>
}
