// The contact phone printed on every page.
import {PHONE_PATTERN} from '../../../lib/content/links'

/** Null when empty (the phone is optional) or a dialable number; E.164 allows at most 15 digits. */
export function phoneProblem(phone: unknown): string | null {
  if (phone === undefined || phone === null || phone === '') return null
  if (typeof phone !== 'string' || !PHONE_PATTERN.test(phone.trim())) return 'Write the phone with digits, spaces, dashes or brackets, e.g. +7 700 123 45 67'
  const digits = phone.replace(/\D/g, '').length
  return digits >= 5 && digits <= 15 ? null : 'A phone number has 5 to 15 digits'
}
