import 'server-only'
import {notFound} from 'next/navigation'
import type {Locale} from '@/lib/content/types'
import {isLocale} from './locales'

/**
 * The `[locale]` segment as a Locale, or the 404. A first segment with a dot (`/x.txt`) bypasses the locale proxy
 * and reaches the pages as is; each page checks, since a layout's notFound() does not stop its page rendering.
 */
export async function localeParams<P extends {locale: string}>(params: Promise<P>): Promise<Omit<P, 'locale'> & {locale: Locale}> {
  const resolved = await params
  if (!isLocale(resolved.locale)) notFound()
  return resolved as Omit<P, 'locale'> & {locale: Locale}
}
