import type {Metadata} from 'next'
import type {Locale, Policy, Revision} from '@/lib/content/types'
import {pickLocalized} from '@/lib/i18n/locales'
import {alternates} from '@/lib/metadata'
import {paths} from '@/lib/urls'

type Args = {policy: Policy; revision: Revision; locale: Locale; path: (locale: Locale) => string; suffix?: string}

export function policyMetadata({policy, revision, locale, path, suffix}: Args): Metadata {
  const title = pickLocalized(policy.title, locale)?.value ?? policy.slug
  return {
    title: suffix ? `${title}: ${suffix}` : title,
    description: pickLocalized(revision.summary, locale)?.value,
    alternates: {
      ...alternates(locale, path),
      types: {'application/atom+xml': paths.feed(locale, policy.slug)},
    },
  }
}
