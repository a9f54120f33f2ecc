import 'server-only'
import {locales} from '@/lib/content/types'
import {slugParams, versionParams} from '@/lib/policy-params'

// Route handlers get no params from the `[locale]` layout: each app route lists the locales itself.
export async function appParams() {
  const slugs = await slugParams()
  return locales.flatMap((locale) => slugs.map(({slug}) => ({locale, slug})))
}

export async function appVersionParams() {
  const versions = await versionParams()
  return locales.flatMap((locale) => versions.map((params) => ({locale, ...params})))
}
