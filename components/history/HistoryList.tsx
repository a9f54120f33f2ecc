import {getTranslations} from 'next-intl/server'
import type {Locale, Policy} from '@/lib/content/types'
import {previousVersion, type Timeline} from '@/lib/revisions/timeline'
import {formatDay} from '@/lib/revisions/dates'
import {columnOrder} from '@/lib/i18n/locales'
import {paths} from '@/lib/urls'
import {StatusBadge} from '@/components/policy/StatusBadge'

/** Every revision, newest first: when it was in force, what changed (kk and ru side by side), where to read it. */
export async function HistoryList({policy, timeline, locale}: {policy: Policy; timeline: Timeline; locale: Locale}) {
  const t = await getTranslations({locale, namespace: 'History'})
  const tp = await getTranslations({locale, namespace: 'Policy'})
  // Each summary column is in its own language (`lang`), so is what stands in for a missing summary there.
  const [kk, ru] = await Promise.all([getTranslations({locale: 'kk', namespace: 'History'}), getTranslations({locale: 'ru', namespace: 'History'})])
  const columnT = {kk, ru}
  return (
    <ol className="mt-8 border-t border-line">
      {timeline.entries.map((entry) => {
        const {revision} = entry
        const from = formatDay(revision.effectiveFrom, locale)
        const period = entry.inForceUntil ? `${from} – ${formatDay(entry.inForceUntil, locale)}` : t('since', {date: from})
        const previous = previousVersion(timeline, revision.version)
        return (
          <li key={revision.id} id={`v${revision.version}`} className="border-b border-line py-6">
            <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
              <h2 className="text-lg font-semibold">
                <a href={paths.revision(locale, policy.slug, revision.version)}>{tp('version', {version: revision.version})}</a>
              </h2>
              <StatusBadge status={entry.status} locale={locale} />
              <span className="text-sm text-muted">
                {t('period')}: <time dateTime={revision.effectiveFrom}>{period}</time>
              </span>
            </div>
            {entry.shadowed && <p className="mt-2 text-sm text-muted">{t('shadowed')}</p>}
            <div className="print-columns mt-3 grid gap-x-10 gap-y-2 md:grid-cols-2">
              {columnOrder(locale).map((code) => (
                <p key={code} lang={code}>
                  {revision.summary[code] ?? (previous === undefined ? columnT[code]('firstVersion') : '—')}
                </p>
              ))}
            </div>
            <p className="print-hidden mt-3 flex flex-wrap gap-x-5 text-sm">
              <a href={paths.revision(locale, policy.slug, revision.version)}>{t('read')}</a>
              {previous !== undefined && (
                <a href={paths.compare(locale, policy.slug, previous, revision.version)}>{t('compare', {version: previous})}</a>
              )}
            </p>
          </li>
        )
      })}
    </ol>
  )
}
