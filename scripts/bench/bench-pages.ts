// Which URLs the bench loads, read from the dataset it serves: every kind of reader page of one policy in both
// locales (index, policy, each revision, history, compare, app view, 404), and the app view of every policy.
import {readDataset} from '@/lib/content/dataset'
import {locales} from '@/lib/content/types'
import {paths} from '@/lib/urls'

export type BenchPage = {
  label: string
  path: string
  kind: 'index' | 'policy' | 'revision' | 'history' | 'compare' | 'app' | 'not found'
  /** The HTTP status the page answers with when all is well; 200 unless said. */
  status?: number
}

/** A slug no dataset holds: its policy page is the site's 404 in that language. */
export const MISSING_SLUG = 'no-such-policy'

type PolicyDoc = {_id: string; slug?: {current?: string}}
type RevisionDoc = {_id: string; version?: number; effectiveFrom?: string; policy?: {_ref?: string}}

export function policySlugs(dataset: string): {id: string; slug: string}[] {
  return readDataset(dataset)
    .documents.filter((doc) => doc._type === 'policy' && !doc._id.includes('.'))
    .map((doc) => ({id: doc._id, slug: (doc as PolicyDoc).slug?.current ?? ''}))
    .filter((policy) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(policy.slug))
}

export function revisionsOf(dataset: string, policyId: string): RevisionDoc[] {
  return (readDataset(dataset).documents as RevisionDoc[])
    .filter((doc) => (doc as {_type?: string})._type === 'policyRevision' && !doc._id.includes('.') && doc.policy?._ref === policyId)
    .filter((doc) => Number.isInteger(doc.version))
    .sort((a, b) => a.version! - b.version!)
}

/** Index, policy, each revision, history, the last compare (of the two newest versions), app view and 404 in each locale. */
export function policyPages(dataset: string, slug: string): BenchPage[] {
  const all = policySlugs(dataset)
  const policy = all.find((p) => p.slug === slug)
  if (!policy) throw new Error(`no policy with slug "${slug}" in ${dataset}`)
  if (all.some((p) => p.slug === MISSING_SLUG)) throw new Error(`${dataset} has a policy "${MISSING_SLUG}": the bench's 404 page would not be one`)
  const versions = revisionsOf(dataset, policy.id).map((r) => r.version!)
  return locales.flatMap((locale): BenchPage[] => [
    {label: `${locale} index`, path: paths.home(locale), kind: 'index'},
    {label: `${locale} policy`, path: paths.policy(locale, slug), kind: 'policy'},
    ...versions.map((v): BenchPage => ({label: `${locale} revision v${v}`, path: paths.revision(locale, slug, v), kind: 'revision'})),
    {label: `${locale} history`, path: paths.history(locale, slug), kind: 'history'},
    ...(versions.length > 1
      ? [{label: `${locale} compare`, path: paths.compare(locale, slug, versions.at(-2)!, versions.at(-1)!), kind: 'compare' as const}]
      : []),
    {label: `${locale} app view`, path: paths.app(locale, slug), kind: 'app'},
    {label: `${locale} 404`, path: paths.policy(locale, MISSING_SLUG), kind: 'not found', status: 404},
  ])
}

export function appPages(dataset: string): BenchPage[] {
  return policySlugs(dataset).flatMap(({slug}) =>
    locales.map((locale): BenchPage => ({label: `${locale} ${slug} app view`, path: paths.app(locale, slug), kind: 'app'})),
  )
}
