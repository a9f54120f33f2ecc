import {ReaderDocument} from '@/components/document/ReaderDocument'
import {HistoryList} from '@/components/history/HistoryList'
import type {Locale} from '@/lib/content/types'
import {otherLocale, pickLocalized} from '@/lib/i18n/locales'
import type {Translator} from '@/lib/i18n/translator'
import {historyHead} from '@/lib/pages/describe'
import type {HistoryData, PageContext} from '@/lib/pages/load'
import {paths} from '@/lib/urls'

/** Every revision of a policy, newest first, with what changed and links to read and compare. */
export function HistoryPage(page: PageContext & HistoryData & {t: Translator}) {
  const {locale, policy, timeline, t} = page
  const title = pickLocalized(policy.title, locale)
  const path = (l: Locale) => paths.history(l, policy.slug)
  const head = {...historyHead(policy, locale, t), path, feed: paths.feed(locale, policy.slug)}
  return (
    <ReaderDocument {...page} head={head} alternateHref={path(otherLocale(locale))}>
      <main id="main" className="mx-auto max-w-7xl px-4 py-8 sm:px-6 sm:py-10">
        <p className="text-sm">
          <a href={paths.policy(locale, policy.slug)} lang={title?.lang}>
            {title?.value ?? policy.slug}
          </a>
        </p>
        <h1 className="mt-2 text-3xl font-semibold tracking-tight sm:text-4xl">{t('History.title')}</h1>
        <p className="mt-3 max-w-2xl text-muted">{t('History.intro')}</p>
        <HistoryList policy={policy} timeline={timeline} locale={locale} t={t} />
      </main>
    </ReaderDocument>
  )
}
