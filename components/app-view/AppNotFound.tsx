import type {Locale} from '@/lib/content/types'
import type {Translator} from '@/lib/i18n/translator'
import {paths} from '@/lib/urls'
import {AppDocument} from './AppDocument'

/** The 404 of the app view: as small and as styled as the view itself. */
export function AppNotFound({locale, t}: {locale: Locale; t: Translator}) {
  const title = t('NotFound.title')
  return (
    <AppDocument locale={locale} title={title}>
      <main>
        <h1>{title}</h1>
        <p>{t('AppView.notFoundBody')}</p>
        <p>
          <a href={paths.home(locale)}>{t('NotFound.back')}</a>
        </p>
      </main>
    </AppDocument>
  )
}
