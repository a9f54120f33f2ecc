import type {Locale} from '@/lib/content/types'
import type {Translator} from '@/lib/i18n/translator'
import {locales} from '@/lib/content/types'

/** Both languages, the current one marked; the other links to `href` (the same page in that language). */
export function LanguageSwitch({locale, href, t}: {locale: Locale; href: string; t: Translator}) {
  return (
    <nav aria-label={t('Site.languageSwitch')} className="flex gap-1 text-sm">
      {locales.map((code) =>
        code === locale ? (
          <span key={code} aria-current="true" lang={code} className="rounded-md bg-accent-soft px-2.5 py-1.5 font-medium">
            {t(`Locale.${code}`)}
          </span>
        ) : (
          <a key={code} href={href} hrefLang={code} lang={code} className="rounded-md px-2.5 py-1.5 no-underline hover:bg-accent-soft">
            {t(`Locale.${code}`)}
          </a>
        ),
      )}
    </nav>
  )
}
