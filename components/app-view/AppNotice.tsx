import type {Translator} from '@/lib/i18n/translator'
import type {AppViewData} from '@/lib/app-view/load'
import type {NoticeKind} from '@/lib/app-view/notice'
import {dateArgs} from '@/lib/i18n/date-args'
import {pickLocalized} from '@/lib/i18n/locales'
import {paths} from '@/lib/urls'

type Props = {kind: NoticeKind; data: AppViewData; t: Translator}

/** What the reader must know first: this text is archived, not yet in force, or about to be replaced. */
export function AppNotice({kind, data, t}: Props) {
  const {policy, timeline, entry, locale} = data
  const {revision} = entry
  if (kind === 'archived') {
    return (
      <aside role="note">
        <p>{t('AppView.archived', {version: revision.version, ...dateArgs(locale, {from: revision.effectiveFrom, to: entry.inForceUntil})})}</p>
        {timeline.current && (
          <p>
            <a href={paths.app(locale, policy.slug)}>{t('Policy.archivedLink')}</a>
          </p>
        )}
      </aside>
    )
  }
  if (kind === 'notYetInForce') {
    return (
      <aside role="note">
        <p>{t('Policy.upcomingOnlyNotice', dateArgs(locale, {date: revision.effectiveFrom}))}</p>
      </aside>
    )
  }
  const upcoming = timeline.upcoming!
  const summary = pickLocalized(upcoming.summary, locale)
  return (
    <aside role="note">
      <p>{t('Policy.upcomingNotice', {version: upcoming.version, ...dateArgs(locale, {date: upcoming.effectiveFrom})})}</p>
      {summary && <p lang={summary.lang === locale ? undefined : summary.lang}>{summary.value}</p>}
      <p>
        <a href={paths.revisionApp(locale, policy.slug, upcoming.version)}>{t('AppView.readUpcoming')}</a>
      </p>
    </aside>
  )
}
