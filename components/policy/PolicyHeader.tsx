import {getTranslations} from 'next-intl/server'
import type {Locale, Policy} from '@/lib/content/types'
import type {TimelineEntry} from '@/lib/revisions/timeline'
import {periodLabel} from '@/lib/revisions/period'
import {otherLocale, pickLocalized} from '@/lib/i18n/locales'
import {StatusBadge} from './StatusBadge'

/** Title in both languages, version, status and the days it is (or was, or will be) in force. */
export async function PolicyHeader({policy, entry, locale}: {policy: Policy; entry: TimelineEntry; locale: Locale}) {
  const t = await getTranslations({locale, namespace: 'Policy'})
  const title = pickLocalized(policy.title, locale)
  const otherTitle = policy.title[otherLocale(locale)]
  const {revision} = entry
  const period = periodLabel(entry, locale, (key, values) => t(key, values))
  const owner = policy.owner && pickLocalized(policy.owner.name, locale)
  return (
    <header>
      <h1 className="text-3xl leading-tight font-semibold tracking-tight sm:text-4xl" lang={title?.lang}>
        {title?.value ?? policy.slug}
      </h1>
      {otherTitle && otherTitle !== title?.value && (
        <p className="mt-1 text-lg text-muted" lang={otherLocale(locale)}>
          {otherTitle}
        </p>
      )}
      <div className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
        <StatusBadge status={entry.status} locale={locale} />
        <span className="font-semibold">{t('version', {version: revision.version})}</span>
        <span>
          <time dateTime={revision.effectiveFrom}>{period}</time>
        </span>
        {owner && (
          <span className="text-muted">
            {t('owner')}: <span lang={owner.lang}>{owner.value}</span>
          </span>
        )}
      </div>
    </header>
  )
}
