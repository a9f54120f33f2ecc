import {ReaderDocument} from '@/components/document/ReaderDocument'
import {otherLocale} from '@/lib/i18n/locales'
import type {Translator} from '@/lib/i18n/translator'
import type {PageContext} from '@/lib/pages/load'
import {paths} from '@/lib/urls'

/** A path under a language that leads nowhere: said in that language, with the site around it. */
export function NotFoundPage(page: PageContext & {t: Translator}) {
  const {locale, t} = page
  return (
    <ReaderDocument {...page} head={{title: t('NotFound.title')}} alternateHref={paths.home(otherLocale(locale))}>
      <main id="main" className="mx-auto max-w-3xl px-4 py-16 sm:px-6">
        <h1 className="text-3xl font-semibold">{t('NotFound.title')}</h1>
        <p className="mt-4 text-muted">{t('NotFound.body')}</p>
        <p className="mt-6">
          <a href={paths.home(locale)}>{t('NotFound.back')}</a>
        </p>
      </main>
    </ReaderDocument>
  )
}
