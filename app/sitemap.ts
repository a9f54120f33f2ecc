import type {MetadataRoute} from 'next'
import {getPolicy, getPolicySlugs} from '@/lib/content/getters'
import type {Locale, Policy} from '@/lib/content/types'
import {almatyStartOfDay} from '@/lib/revisions/dates'
import {absoluteUrl, paths} from '@/lib/urls'
import {locales} from '@/lib/content/types'

export const revalidate = 300

type Entry = MetadataRoute.Sitemap[number]

/** One entry per locale for a page that exists in both, each listing the other as an hreflang alternate. */
function bothLocales(path: (locale: Locale) => string, extra: Partial<Entry> = {}): Entry[] {
  const languages = Object.fromEntries(locales.map((l) => [l, absoluteUrl(path(l))]))
  return locales.map((locale) => ({url: absoluteUrl(path(locale)), alternates: {languages}, ...extra}))
}

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const policies = (await Promise.all((await getPolicySlugs()).map(({slug}) => getPolicy(slug)))).filter((p): p is Policy => p !== undefined && p.revisions.length > 0)
  return [
    ...bothLocales(paths.home),
    ...policies.flatMap((policy) => {
      const latest = policy.revisions.map((r) => r.effectiveFrom).sort().at(-1)
      const lastModified = latest ? almatyStartOfDay(latest) : undefined
      return [
        ...bothLocales((l) => paths.policy(l, policy.slug), {lastModified}),
        ...bothLocales((l) => paths.history(l, policy.slug), {lastModified}),
        ...policy.revisions.flatMap((revision) =>
          bothLocales((l) => paths.revision(l, policy.slug, revision.version), {lastModified: almatyStartOfDay(revision.effectiveFrom)}),
        ),
      ]
    }),
  ]
}
