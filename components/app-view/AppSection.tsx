import {PortableText} from '@/components/PortableText'
import type {Locale, Section} from '@/lib/content/types'
import type {Translator} from '@/lib/i18n/translator'
import {otherLocale} from '@/lib/i18n/locales'

type Props = {section: Section; locale: Locale; t: Translator}

/**
 * One section in the view's language, under the same anchor as on the full page. A missing translation says so in
 * this language, under the heading of the other language (marked with its `lang`) so the reader knows what is missing.
 */
export function AppSection({section, locale, t}: Props) {
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
