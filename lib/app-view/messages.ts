import {createTranslator} from 'next-intl'
import type {Locale} from '@/lib/content/types'
import kk from '@/messages/kk.json'
import ru from '@/messages/ru.json'

const messages = {kk, ru}

/**
 * UI strings for the app view. It renders outside next-intl's request scope (a route handler with no React
 * render), so it reads the same message files synchronously instead of through `getTranslations`.
 */
export function appTranslator(locale: Locale) {
  return createTranslator({locale, messages: messages[locale]})
}

export type AppTranslator = ReturnType<typeof appTranslator>
