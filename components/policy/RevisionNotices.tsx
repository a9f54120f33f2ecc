import type {Locale, Policy} from '@/lib/content/types'
import type {Timeline, TimelineEntry} from '@/lib/revisions/timeline'
import {dateArgs} from '@/lib/i18n/date-args'
import type {Translator} from '@/lib/i18n/translator'
import {pickLocalized} from '@/lib/i18n/locales'
import {paths} from '@/lib/urls'
import {Notice} from './Notice'

type Props = {policy: Policy; timeline: Timeline; entry: TimelineEntry; locale: Locale; t: Translator}

/** What a reader must know before reading: this text is archived, or a new one is coming. */
export function RevisionNotices({policy, timeline, entry, locale, t}: Props) {
  const {revision} = entry
  const current = timeline.current
  if (entry.status === 'archive') {
    return (
      <Notice tone="warning">
        <p>
          {/* A version replaced on its own date by a higher one never was in force: it has no period to state. */}
          {entry.shadowed
            ? `${t('Policy.version', {version: revision.version})}. ${t('History.shadowed')}`
            : t('Policy.archivedNotice', {
                version: revision.version,
                ...dateArgs(locale, {from: revision.effectiveFrom, to: entry.inForceUntil}),
              })}
          {current && (
            <>
              {' · '}
              <a href={paths.policy(locale, policy.slug)}>{t('Policy.archivedLink')}</a>
            </>
          )}
        </p>
      </Notice>
    )
  }
  if (entry.status === 'upcoming') {
    return (
      <Notice tone="info">
        <p>{t('Policy.upcomingOnlyNotice', dateArgs(locale, {date: revision.effectiveFrom}))}</p>
      </Notice>
    )
  }
  const upcoming = timeline.upcoming
  if (!upcoming) return null
  const summary = pickLocalized(upcoming.summary, locale)
  return (
    <Notice tone="info">
      <p className="font-semibold">
        {t('Policy.upcomingNotice', {version: upcoming.version, ...dateArgs(locale, {date: upcoming.effectiveFrom})})}
      </p>
      {summary && (
        <p className="mt-1" lang={summary.lang}>
          {summary.value}
        </p>
      )}
      <p className="mt-2">
        <a href={paths.compare(locale, policy.slug, revision.version, upcoming.version)}>{t('Policy.upcomingLink')}</a>
        {' · '}
        <a href={paths.revision(locale, policy.slug, upcoming.version)}>{t('Policy.version', {version: upcoming.version})}</a>
      </p>
    </Notice>
  )
}
