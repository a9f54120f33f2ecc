// Which links and phone numbers a policy may hold: one rule for the site's sanitizer, the renderer and the Studio.
// Pure, no imports: the Studio bundle loads it.

/** Digits, spaces, dashes and brackets, with an optional leading "+" (the contact phone and tel: links). */
export const PHONE_PATTERN = /^\+?[0-9()\- ]+$/

const WEB_OR_MAIL = /^(https?:\/\/\S+|mailto:\S+)$/i

/** A link a reader may follow: http(s), mailto, or tel with a phone number. Nothing that can run. */
export function isSafeHref(href: unknown): href is string {
  if (typeof href !== 'string') return false
  const value = href.trim()
  return WEB_OR_MAIL.test(value) || (/^tel:/i.test(value) && PHONE_PATTERN.test(value.slice(4)))
}
