// Links in policy text may only open a web page, write an e-mail or dial a number: no javascript:, data:,
// relative or protocol-relative URLs. Never more permissive than the site's own rule (lib/content/links.ts).
import {PHONE_PATTERN} from '../../../lib/content/links'

export const ALLOWED_LINK_SCHEMES = ['http', 'https', 'mailto', 'tel'] as const

const EMAIL = /^[^\s@,;<>"]+@[^\s@,;<>"]+\.[^\s@,;<>".]+$/

/** Null when the href is acceptable, otherwise why not. */
export function hrefProblem(href: unknown): string | null {
  if (typeof href !== 'string' || href === '') return 'A link needs an address'
  if (href !== href.trim() || /[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/.test(href)) {
    return 'The address starts or ends with spaces, or holds invisible characters'
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href)?.[1]?.toLowerCase()
  if (!scheme || !(ALLOWED_LINK_SCHEMES as readonly string[]).includes(scheme)) {
    return 'Only http(s), mailto and tel links are allowed (for example https://example.kz, mailto:info@example.kz, tel:+77001234567)'
  }
  // Phone numbers are often written with spaces ("+7 700 123 45 67"); nothing else may hold one.
  if (scheme !== 'tel' && /\s/.test(href)) return 'The address contains spaces'
  if (scheme === 'mailto') return mailtoProblem(href.slice('mailto:'.length))
  if (scheme === 'tel') return telProblem(href.slice('tel:'.length))
  return webProblem(href)
}

function webProblem(href: string): string | null {
  let url: URL
  try {
    url = new URL(href)
  } catch {
    return 'This is not a valid web address'
  }
  if (!/^https?:\/\//i.test(href) || !url.hostname) return 'A web address needs a host, as in https://example.kz'
  if (url.username || url.password) return 'Do not put a user name or password in a link'
  return null
}

function mailtoProblem(rest: string): string | null {
  let recipients: string
  try {
    recipients = decodeURIComponent(rest.split('?')[0] ?? '')
  } catch {
    return 'The e-mail address is not encoded correctly'
  }
  return recipients.split(',').every((address) => EMAIL.test(address.trim()))
    ? null
    : 'Write an e-mail link as mailto:name@example.kz'
}

function telProblem(rest: string): string | null {
  const digits = rest.replace(/\D/g, '').length
  return PHONE_PATTERN.test(rest) && digits >= 3 && digits <= 15 ? null : 'Write a phone link as tel:+77001234567'
}
