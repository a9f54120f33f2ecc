import type {Locale, PrevailingLanguage} from '@/lib/content/types'
import type {Translator} from '@/lib/i18n/translator'

/**
 * Which text prevails, in the view's language only: the app view is one language throughout, and the sentence
 * itself names both texts, so a reader of either learns that the other exists and which one governs (the footer
 * links to it). A revision published in one language says that its official text exists only in that language.
 */
export function AppPrevailing({prevailing = 'equal', only, t}: {prevailing?: PrevailingLanguage; only?: Locale; t: Translator}) {
  if (only) return <p data-prevailing={`only-${only}`}>{t(`Prevailing.only.${only}`)}</p>
  return <p data-prevailing={prevailing}>{t(`Prevailing.${prevailing}`)}</p>
}
