import type {Locale, Policy} from '@/lib/content/types'
import type {TimelineEntry} from '@/lib/revisions/timeline'
import type {Translator} from '@/lib/i18n/translator'
import {periodLabel} from '@/lib/revisions/period'
import {otherLocale, pickLocalized} from '@/lib/i18n/locales'
import {StatusBadge} from './StatusBadge'

/** Title in both languages, version, status and the days it is (or was, or will be) in force. */
export function PolicyHeader({policy, entry, locale, t}: {policy: Policy; entry: TimelineEntry; locale: Locale; t: Translator}) {
  const title = pickLocalized(policy.title, locale)
  const otherTitle = policy.title[otherLocale(locale)]
  const {revision} = entry
  const period = periodLabel(entry, locale, (key, values) => t(`Policy.${key}`, values))
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
        <StatusBadge status={entry.status} t={t} />
        <span className="font-semibold">{t('Policy.version', {version: revision.version})}</span>
        <span>
          <time dateTime={revision.effectiveFrom}>{period}</time>
        </span>
        {owner && (
          <span className="text-muted">
            {t('Policy.owner')}: <span lang={owner.lang}>{owner.value}</span>
          </span>
        )}
      </div>
    </header>
  )
}
