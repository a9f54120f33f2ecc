import {PortableText} from '@/components/PortableText'
import type {Locale, Section} from '@/lib/content/types'
import type {Translator} from '@/lib/i18n/translator'
import {otherLocale} from '@/lib/i18n/locales'

type Props = {
  section: Section
  locale: Locale
  /** The revision is published only in this other language: the section is shown in it, marked with its `lang`. */
  textLocale?: Locale
  t: Translator
}

/**
 * One section in the view's language, under the same anchor as on the full page. A missing translation says so in
 * this language, under the heading of the other language (marked with its `lang`) so the reader knows what is missing.
 */
export function AppSection({section, locale, textLocale, t}: Props) {
  if (textLocale && textLocale !== locale) {
    const heading = section.heading[textLocale]
    const body = section.body[textLocale]
    return (
      <section id={section.anchor} lang={textLocale}>
        {heading && <h2>{heading}</h2>}
        {body && <PortableText value={body} />}
      </section>
    )
  }
  const other = otherLocale(locale)
  const body = section.body[locale]
  const own = section.heading[locale]
  const heading = own ?? section.heading[other]
  return (
    <section id={section.anchor}>
      {heading && <h2 lang={own ? undefined : other}>{heading}</h2>}
      {body ? (
        <PortableText value={body} />
      ) : (
        <p>
          <em>{t('Policy.notTranslated')}</em>
        </p>
      )}
    </section>
  )
}
