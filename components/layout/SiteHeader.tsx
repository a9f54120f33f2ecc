import type {Locale, SiteSettings} from '@/lib/content/types'
import type {Translator} from '@/lib/i18n/translator'
import {pickLocalized} from '@/lib/i18n/locales'
import {paths} from '@/lib/urls'
import {LanguageSwitch} from './LanguageSwitch'

type Props = {locale: Locale; settings: SiteSettings; t: Translator; alternateHref: string}

/** The site's bar: its name (to the index) and a switch to the same page in the other language. */
export function SiteHeader({locale, settings, t, alternateHref}: Props) {
  const title = pickLocalized(settings.title, locale)
  return (
    <header className="print-hidden border-b border-line">
      <div className="mx-auto flex max-w-7xl items-center justify-between gap-4 px-4 py-3 sm:px-6">
        <a href={paths.home(locale)} className="font-semibold text-ink no-underline" lang={title?.lang}>
          {title?.value ?? t('Site.policies')}
        </a>
        <LanguageSwitch locale={locale} href={alternateHref} t={t} />
      </div>
    </header>
  )
}
