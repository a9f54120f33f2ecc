import type {Translator} from '@/lib/i18n/translator'
import type {AppViewData} from '@/lib/app-view/load'
import type {NoticeKind} from '@/lib/app-view/notice'
import {formatDay} from '@/lib/revisions/dates'
import {pickLocalized} from '@/lib/i18n/locales'
import {paths} from '@/lib/urls'

type Props = {kind: NoticeKind; data: AppViewData; t: Translator}

/** What the reader must know first: this text is archived, not yet in force, or about to be replaced. */
export function AppNotice({kind, data, t}: Props) {
  const {policy, timeline, entry, locale} = data
  const {revision} = entry
  const day = (value: string) => formatDay(value, locale)
  if (kind === 'archived') {
    const to = entry.inForceUntil ? day(entry.inForceUntil) : '…'
    return (
      <aside role="note">
        <p>{t('AppView.archived', {version: revision.version, from: day(revision.effectiveFrom), to})}</p>
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
        <p>{t('Policy.upcomingOnlyNotice', {date: day(revision.effectiveFrom)})}</p>
      </aside>
    )
  }
  const upcoming = timeline.upcoming!
  const summary = pickLocalized(upcoming.summary, locale)
  return (
    <aside role="note">
      <p>{t('Policy.upcomingNotice', {date: day(upcoming.effectiveFrom), version: upcoming.version})}</p>
      {summary && <p lang={summary.lang === locale ? undefined : summary.lang}>{summary.value}</p>}
      <p>
        <a href={paths.revisionApp(locale, policy.slug, upcoming.version)}>{t('AppView.readUpcoming')}</a>
      </p>
    </aside>
  )
}
