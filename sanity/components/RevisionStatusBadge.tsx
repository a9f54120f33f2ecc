// The status of a revision in Studio lists: current / upcoming / archive as the site computes it today in Almaty,
// or "draft" for a revision never published. Rendered as a preview's media, the only preview slot that may run
// hooks, because telling current from archive needs the policy's other revisions.
import {useEffect, useState} from 'react'
import {useClient} from 'sanity'
import {almatyToday} from '../../lib/revisions/dates'
import {apiVersion} from '../env'
import {isPublishedId} from '../../lib/content/ids'
import {revisionStatus, type PublishedPoint, type StudioRevisionStatus} from '../lib/revisionStatus'
import {revisionsOfPolicy} from '../lib/validation/studio/lookups'

type Props = {revisionId?: string; policyId?: string; refreshKey?: string}

const looks: Record<StudioRevisionStatus, {label: string; title: string; color: string}> = {
  current: {label: 'current', title: 'Current: in force today', color: '#1f7a43'},
  upcoming: {label: 'upcoming', title: 'Upcoming: takes effect on its date', color: '#2357b5'},
  archive: {label: 'archive', title: 'Archive: replaced by a later revision', color: '#5f6673'},
  unpublished: {label: 'draft', title: 'Draft: never published, not on the site', color: '#a05a00'},
  undated: {label: 'invalid', title: 'Published without a valid version or date: not on the site', color: '#b42318'},
}

export function RevisionStatusBadge({revisionId, policyId, refreshKey}: Props) {
  const client = useClient({apiVersion})
  const [published, setPublished] = useState<PublishedPoint[] | undefined>()

  useEffect(() => {
    if (!policyId) return
    let live = true
    revisionsOfPolicy(client, policyId)
      .then((rows) => live && setPublished(rows.filter((row) => isPublishedId(row._id))))
      .catch(() => live && setPublished(undefined))
    return () => {
      live = false
    }
  }, [client, policyId, refreshKey])

  const status = revisionId && published ? revisionStatus(revisionId, published, almatyToday()) : undefined
  const look = status ? looks[status] : {label: '…', title: 'Status loading', color: '#8a8f98'}
  return (
    <span
      title={look.title}
      aria-label={look.title}
      style={{
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        width: '100%',
        height: '100%',
        borderRadius: 3,
        background: look.color,
        color: '#fff',
        fontSize: 8,
        fontWeight: 600,
        letterSpacing: '-0.02em',
        overflow: 'hidden',
      }}
    >
      {look.label}
    </span>
  )
}
