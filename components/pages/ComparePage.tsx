import {ReaderDocument} from '@/components/document/ReaderDocument'
import {CompareHeader} from '@/components/compare/CompareHeader'
import {CompareRows} from '@/components/compare/CompareRows'
import {DiffLegend} from '@/components/compare/DiffLegend'
import {compareLabels} from '@/components/compare/labels'
import {Notice} from '@/components/policy/Notice'
import type {Locale} from '@/lib/content/types'
import {otherLocale} from '@/lib/i18n/locales'
import type {Translator} from '@/lib/i18n/translator'
import {compareHead} from '@/lib/pages/describe'
import type {CompareData, PageContext} from '@/lib/pages/load'
import {compareRevisions} from '@/lib/revisions/compare'
import {onlyLanguage} from '@/lib/revisions/languages'
import {paths} from '@/lib/urls'

/** What changed from one version to another, section by section, both languages. */
export function ComparePage(page: PageContext & CompareData & {t: Translator}) {
  const {locale, policy, from, to, t} = page
  const {rows, stats} = compareRevisions(from, to)
  const {labels, legend} = compareLabels(t)
  const path = (l: Locale) => paths.compare(l, policy.slug, from.version, to.version)
  // Both versions in one language only: say so once, as the policy page does, instead of in every row.
  const only = onlyLanguage(from) === onlyLanguage(to) ? onlyLanguage(to) : undefined
  return (
    <ReaderDocument {...page} head={{...compareHead(policy, from, to, locale, t), path, noindex: true}} alternateHref={path(otherLocale(locale))}>
      <main id="main" className="mx-auto max-w-7xl px-4 py-8 sm:px-6 sm:py-10">
        <CompareHeader policy={policy} from={from} to={to} stats={stats} only={only} locale={locale} t={t} />
        {only && (
          <Notice tone="info">
            <p>{t(`Policy.onlyIn.${only}`)}</p>
          </Notice>
        )}
        <div className="mt-6">
          <DiffLegend labels={legend} />
        </div>
        <div className="mt-6">
          <CompareRows rows={rows} locale={locale} otherLocale={otherLocale(locale)} labels={labels} only={only} />
        </div>
      </main>
    </ReaderDocument>
  )
}
