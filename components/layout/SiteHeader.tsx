import {getTranslations} from 'next-intl/server'
import type {Locale} from '@/lib/content/types'
import {getSiteSettings} from '@/lib/content/getters'
import {pickLocalized} from '@/lib/i18n/locales'
import {paths} from '@/lib/urls'
import {LanguageSwitch} from './LanguageSwitch'

/** The site's bar: its name (to the index) and a switch to the same page in the other language. */
export async function SiteHeader({locale, alternateHref}: {locale: Locale; alternateHref: string}) {
  const [settings, t] = await Promise.all([getSiteSettings(), getTranslations({locale, namespace: 'Site'})])
  const title = pickLocalized(settings.title, locale)
  return (
    <header className="print-hidden border-b border-line">
      <div className="mx-auto flex max-w-7xl items-center justify-between gap-4 px-4 py-3 sm:px-6">
        <a href={paths.home(locale)} className="font-semibold text-ink no-underline" lang={title?.lang}>
          {title?.value ?? t('policies')}
        </a>
        <LanguageSwitch locale={locale} href={alternateHref} label={t('languageSwitch')} />
      </div>
    </header>
  )
}
