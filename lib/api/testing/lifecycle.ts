// The e2e policy `lifecycle` (versions 1 archive, 2 current, 3 upcoming with requiresConsent) as domain values,
// reshaped the way the content seam does it (published documents only), for unit tests of the apps' JSON and view.
import {timelinePolicy} from '@/e2e/fixtures/timeline-policy'
import {toPolicy} from '@/lib/content/reshape'
import type {Policy} from '@/lib/content/types'
import {buildTimeline} from '@/lib/revisions/timeline'

type Doc = Record<string, unknown>

/** `edit` receives the published revisions by version (index 0 is version 1) before they are reshaped. */
export function lifecycle(today = '2026-03-15', edit: (revisions: Doc[]) => void = () => {}) {
  const published = (timelinePolicy(today) as Doc[]).filter((doc) => !String(doc._id).startsWith('drafts.'))
  const policyDoc = published.find((doc) => doc._type === 'policy')!
  const revisions = published
    .filter((doc) => doc._type === 'policyRevision')
    .sort((a, b) => Number(a.version) - Number(b.version))
  edit(revisions)
  const policy = toPolicy({
    _id: policyDoc._id,
    slug: (policyDoc.slug as {current: string}).current,
    title: policyDoc.title,
    revisions,
  }) as Policy
  return {policy, timeline: buildTimeline(policy.revisions, today), today}
}
