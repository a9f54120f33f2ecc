import type {Locale, Policy} from '@/lib/content/types'
import {previousVersion, type Timeline} from '@/lib/revisions/timeline'
import {dateArgs} from '@/lib/i18n/date-args'
import {columnOrder} from '@/lib/i18n/locales'
import {translator, type Translator} from '@/lib/i18n/translator'
import {paths} from '@/lib/urls'
import {StatusBadge} from '@/components/policy/StatusBadge'

/** Every revision, newest first: when it was in force, what changed (kk and ru side by side), where to read it. */
export function HistoryList({policy, timeline, locale, t}: {policy: Policy; timeline: Timeline; locale: Locale; t: Translator}) {
  return (
    <ol className="mt-8 border-t border-line">
      {timeline.entries.map((entry) => {
        const {revision} = entry
        const from = revision.effectiveFrom
        const period = entry.inForceUntil
          ? t('History.range', dateArgs(locale, {from, to: entry.inForceUntil}))
          : t('History.since', dateArgs(locale, {date: from}))
        const previous = previousVersion(timeline, revision.version)
        return (
          <li key={revision.id} id={`v${revision.version}`} className="border-b border-line py-6">
            <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
              <h2 className="text-lg font-semibold">
                <a href={paths.revision(locale, policy.slug, revision.version)}>{t('Policy.version', {version: revision.version})}</a>
              </h2>
              <StatusBadge status={entry.status} t={t} />
              <span className="text-sm text-muted">
                {t('History.period')}: <time dateTime={revision.effectiveFrom}>{period}</time>
              </span>
            </div>
            {entry.shadowed && <p className="mt-2 text-sm text-muted">{t('History.shadowed')}</p>}
            <div className="print-columns mt-3 grid gap-x-10 gap-y-2 md:grid-cols-2">
              {columnOrder(locale).map((code) => (
                <p key={code} lang={code}>
                  {/* Each summary column is in its own language, and so is what stands in for a missing summary. */}
                  {revision.summary[code] ?? (previous === undefined ? translator(code)('History.firstVersion') : '—')}
                </p>
              ))}
            </div>
            <p className="print-hidden mt-3 flex flex-wrap gap-x-5 text-sm">
              <a href={paths.revision(locale, policy.slug, revision.version)}>{t('History.read')}</a>
              {previous !== undefined && (
                <a href={paths.compare(locale, policy.slug, previous, revision.version)}>{t('History.compare', {version: previous})}</a>
              )}
            </p>
          </li>
        )
      })}
    </ol>
  )
}
