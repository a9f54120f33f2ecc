import {locales, type Locale, type Localized} from '@/lib/content/types'

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value)
}

export function otherLocale(locale: Locale): Locale {
  return locale === 'kk' ? 'ru' : 'kk'
}

/** The page's locale first, then the other one: the order of the side-by-side columns. */
export function columnOrder(locale: Locale): [Locale, Locale] {
  return [locale, otherLocale(locale)]
}

/** The value in the wanted locale, else in the other one, saying which locale it is in (for `lang`). */
export function pickLocalized<T>(value: Localized<T>, locale: Locale): {value: T; lang: Locale} | undefined {
  if (value[locale] !== undefined) return {value: value[locale] as T, lang: locale}
  const other = otherLocale(locale)
  if (value[other] !== undefined) return {value: value[other] as T, lang: other}
  return undefined
}
