import type {Locale, Policy, Revision} from '@/lib/content/types'
import type {RevisionComparison} from '@/lib/revisions/compare'
import {dateArgs} from '@/lib/i18n/date-args'
import {pickLocalized} from '@/lib/i18n/locales'
import {paths} from '@/lib/urls'
import type {Translator} from '@/lib/i18n/translator'
import {statsLine} from './statsLine'

type Props = {
  policy: Policy
  from: Revision
  to: Revision
  stats: RevisionComparison['stats']
  /** Both versions are in this one language: the intro does not promise two. */
  only?: Locale
  locale: Locale
  t: Translator
}

/** Which two revisions are compared (with links to each) and how much changed. */
export function CompareHeader({policy, from, to, stats, only, locale, t}: Props) {
  const title = pickLocalized(policy.title, locale)
  return (
    <header>
      <p className="text-sm">
        <a href={paths.policy(locale, policy.slug)} lang={title?.lang}>
          {title?.value ?? policy.slug}
        </a>
      </p>
      <h1 className="mt-2 text-3xl font-semibold tracking-tight sm:text-4xl">
        {t('Compare.title', {from: from.version, to: to.version})}
      </h1>
      <p className="mt-3 text-muted">{t('Compare.intro', {from: from.version, to: to.version, languages: only ? 'one' : 'both'})}</p>
      <ul className="mt-4 flex flex-wrap gap-x-6 gap-y-1 text-sm">
        {[
          ['from', from],
          ['to', to],
        ].map(([label, revision]) => {
          const r = revision as Revision
          return (
            <li key={label as string}>
              <a href={paths.revision(locale, policy.slug, r.version)}>
                {t(label === 'from' ? 'Compare.from' : 'Compare.to', {version: r.version, ...dateArgs(locale, {date: r.effectiveFrom})})}
              </a>
            </li>
          )
        })}
      </ul>
      <p className="mt-2 text-sm font-medium">{statsLine(stats, locale, t)}</p>
    </header>
  )
}
