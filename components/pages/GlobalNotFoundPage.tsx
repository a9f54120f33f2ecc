import {DocumentHead} from '@/components/document/DocumentHead'
import {locales} from '@/lib/content/types'
import {translator} from '@/lib/i18n/translator'
import {paths} from '@/lib/urls'

/** A path outside both languages (a mistyped prefix, a stray file): one page in both, linking to each. */
export function GlobalNotFoundPage() {
  const [kk, ru] = locales.map(translator)
  return (
    <html lang="kk">
      <DocumentHead head={{title: `${kk('NotFound.title')} · ${ru('NotFound.title')}`}} locale="kk" />
      <body>
        <main className="mx-auto grid max-w-3xl gap-10 px-4 py-16 sm:grid-cols-2 sm:px-6">
          {locales.map((locale) => {
            const t = translator(locale)
            return (
              <section key={locale} lang={locale}>
                <h1 className="text-2xl font-semibold">{t('NotFound.title')}</h1>
                <p className="mt-3 text-muted">{t('NotFound.body')}</p>
                <p className="mt-5">
                  <a href={paths.home(locale)}>{t('NotFound.back')}</a>
                </p>
              </section>
            )
          })}
        </main>
      </body>
    </html>
  )
}
