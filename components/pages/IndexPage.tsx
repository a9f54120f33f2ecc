import {ReaderDocument} from '@/components/document/ReaderDocument'
import {PolicyList} from '@/components/policy/PolicyList'
import {otherLocale} from '@/lib/i18n/locales'
import type {Translator} from '@/lib/i18n/translator'
import {indexHead} from '@/lib/pages/describe'
import type {IndexData, PageContext} from '@/lib/pages/load'
import {paths} from '@/lib/urls'

/** The site's home in one language: every policy with its version in force and the date it took effect. */
export function IndexPage(page: PageContext & IndexData & {t: Translator}) {
  const {locale, settings, policies, t} = page
  const head = {...indexHead(settings, locale, t), path: paths.home}
  return (
    <ReaderDocument {...page} head={head} alternateHref={paths.home(otherLocale(locale))}>
      <main id="main" className="mx-auto max-w-4xl px-4 py-10 sm:px-6">
        <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">{t('Index.heading')}</h1>
        <p className="mt-3 max-w-2xl text-muted">{t('Index.intro')}</p>
        {policies.length ? <PolicyList policies={policies} locale={locale} t={t} /> : <p className="mt-8">{t('Index.empty')}</p>}
      </main>
    </ReaderDocument>
  )
}
