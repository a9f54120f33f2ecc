import type {Locale, PrevailingLanguage} from '@/lib/content/types'
import {columnOrder} from '@/lib/i18n/locales'
import {translator} from '@/lib/i18n/translator'

type Props = {
  prevailing?: PrevailingLanguage
  /** The one language the revision is published in: there is no other text to prevail over or equal. */
  only?: Locale
  locale: Locale
}

/**
 * Which text prevails when the two differ (or that both have equal force), said in both languages, each marked
 * with its own `lang`, the page's language first. Part of the legal text's identity: it prints. A revision with
 * one text says instead that the official text exists only in that language: equal force of two texts would be a
 * false statement.
 */
export function PrevailingStatement({prevailing = 'equal', only, locale}: Props) {
  return (
    <div className="mt-5 grid gap-1" data-prevailing={only ? `only-${only}` : prevailing}>
      {columnOrder(locale).map((code) => (
        <p key={code} lang={code}>
          {only ? translator(code)(`Prevailing.only.${only}`) : translator(code)(`Prevailing.${prevailing}`)}
        </p>
      ))}
    </div>
  )
}
