import type {Locale, PrevailingLanguage} from '@/lib/content/types'
import {columnOrder} from '@/lib/i18n/locales'
import {translator} from '@/lib/i18n/translator'

/**
 * Which text prevails when the two differ (or that both have equal force), said in both languages, each marked
 * with its own `lang`, the page's language first. Part of the legal text's identity: it prints.
 */
export function PrevailingStatement({prevailing = 'equal', locale}: {prevailing?: PrevailingLanguage; locale: Locale}) {
  return (
    <div className="mt-5 grid gap-1" data-prevailing={prevailing}>
      {columnOrder(locale).map((code) => (
        <p key={code} lang={code}>
          {translator(code)(`Prevailing.${prevailing}`)}
        </p>
      ))}
    </div>
  )
}
