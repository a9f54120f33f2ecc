import type {PolicySummary} from '@/lib/content/getters'
import type {Locale} from '@/lib/content/types'
import {dateArgs} from '@/lib/i18n/date-args'
import type {Translator} from '@/lib/i18n/translator'
import {pickLocalized} from '@/lib/i18n/locales'
import {paths} from '@/lib/urls'

export function PolicyList({policies, locale, t}: {policies: PolicySummary[]; locale: Locale; t: Translator}) {
  return (
    <ul className="mt-8 divide-y divide-line border-y border-line">
      {policies.map((policy) => {
        const title = pickLocalized(policy.title, locale)
        return (
          <li key={policy.id} className="py-5">
            <h2 className="text-xl font-semibold">
              <a href={paths.policy(locale, policy.slug)} lang={title?.lang} className="no-underline hover:underline">
                {title?.value ?? policy.slug}
              </a>
              {/* A title that exists only in the other language is marked so, in the page's language. */}
              {title && title.lang !== locale && <span className="text-sm text-muted"> ({t(`Index.onlyIn.${title.lang}`)})</span>}
            </h2>
            <p className="mt-1 text-sm text-muted">
              {policy.current
                ? `${t('Index.version', {version: policy.current.version})} · ${t('Index.inForceSince', dateArgs(locale, {date: policy.current.effectiveFrom}))}`
                : t('Index.notYetInForce')}
            </p>
            {policy.upcoming && (
              <p className="mt-1 text-sm font-medium text-amber-800 dark:text-amber-300">
                {t('Index.upcoming', dateArgs(locale, {date: policy.upcoming.effectiveFrom}))}
              </p>
            )}
          </li>
        )
      })}
    </ul>
  )
}
