import type {PrevailingLanguage} from '@/lib/content/types'
import type {Translator} from '@/lib/i18n/translator'

/**
 * Which text prevails, in the view's language only: the app view is one language throughout, and the sentence
 * itself names both texts, so a reader of either learns that the other exists and which one governs (the footer
 * links to it).
 */
export function AppPrevailing({prevailing = 'equal', t}: {prevailing?: PrevailingLanguage; t: Translator}) {
  return <p data-prevailing={prevailing}>{t(`Prevailing.${prevailing}`)}</p>
}
