import {getTranslations} from 'next-intl/server'
import type {Locale} from '@/lib/content/types'
import {otherLocale} from '@/lib/i18n/locales'

/** Both languages, the current one marked; the other links to `href` (the same page in that language). */
export async function LanguageSwitch({locale, href, label}: {locale: Locale; href: string; label: string}) {
  const other = otherLocale(locale)
  const t = await getTranslations({locale, namespace: 'Locale'})
  const names = {[locale]: t(locale), [other]: t(other)} as Record<Locale, string>
  return (
    <nav aria-label={label} className="flex gap-1 text-sm">
      {(['kk', 'ru'] as const).map((code) =>
        code === locale ? (
          <span key={code} aria-current="true" lang={code} className="rounded-md bg-accent-soft px-2.5 py-1.5 font-medium">
            {names[code]}
          </span>
        ) : (
          <a key={code} href={href} hrefLang={code} lang={code} className="rounded-md px-2.5 py-1.5 no-underline hover:bg-accent-soft">
            {names[code]}
          </a>
        ),
      )}
    </nav>
  )
}
