import {createTranslator} from 'next-intl'
import type {Locale} from '@/lib/content/types'
import kk from '@/messages/kk.json'
import ru from '@/messages/ru.json'

const messages = {kk, ru}

/**
 * UI strings of every page, app view and feed, in one language. Pages are route handlers rendered outside any
 * React request scope, so they read the message files synchronously instead of through next-intl's
 * `getTranslations`; keys are namespaced (`t('Policy.version', …)`) and typed from kk.json.
 */
export function translator(locale: Locale) {
  return createTranslator({locale, messages: messages[locale]})
}

export type Translator = ReturnType<typeof translator>
