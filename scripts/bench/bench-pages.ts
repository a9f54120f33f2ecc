// Which URLs the bench loads, read from the dataset it serves: every kind of page of one policy in both
// locales, and the app view of every policy.
import {readDataset} from '@/lib/content/dataset'
import {locales} from '@/lib/content/types'
import {paths} from '@/lib/urls'

export type BenchPage = {label: string; path: string; kind: 'policy' | 'revision' | 'history' | 'compare' | 'app'}

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

/** Policy, each revision, history and the last compare (of the two newest versions) in each locale. */
export function policyPages(dataset: string, slug: string): BenchPage[] {
  const policy = policySlugs(dataset).find((p) => p.slug === slug)
  if (!policy) throw new Error(`no policy with slug "${slug}" in ${dataset}`)
  const versions = revisionsOf(dataset, policy.id).map((r) => r.version!)
  return locales.flatMap((locale): BenchPage[] => [
    {label: `${locale} policy`, path: paths.policy(locale, slug), kind: 'policy'},
    ...versions.map((v): BenchPage => ({label: `${locale} revision v${v}`, path: paths.revision(locale, slug, v), kind: 'revision'})),
    {label: `${locale} history`, path: paths.history(locale, slug), kind: 'history'},
    ...(versions.length > 1
      ? [{label: `${locale} compare`, path: paths.compare(locale, slug, versions.at(-2)!, versions.at(-1)!), kind: 'compare' as const}]
      : []),
    {label: `${locale} app view`, path: paths.app(locale, slug), kind: 'app'},
  ])
}

export function appPages(dataset: string): BenchPage[] {
  return policySlugs(dataset).flatMap(({slug}) =>
    locales.map((locale): BenchPage => ({label: `${locale} ${slug} app view`, path: paths.app(locale, slug), kind: 'app'})),
  )
}
