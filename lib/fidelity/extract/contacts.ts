// E-mail addresses and web addresses. Both are compared lower-case, without a scheme, "www." or trailing
// punctuation, and with a language segment (/kk/, /ru/, ?lang=kk) neutralized: the kk column may rightly link the
// Kazakh version of a page that the ru column links in Russian.
import {maskHits, scan, whole, type Extractor} from './scan'

const EMAIL = /(?<![\p{L}\p{N}._%+-])[a-z0-9][a-z0-9._%+-]*@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?![\p{L}\p{N}])/giu

const TLDS = [
  'kz', 'ru', 'com', 'org', 'net', 'gov', 'edu', 'info', 'io', 'app', 'dev', 'me', 'ua', 'uz', 'kg', 'by', 'tj', 'am',
  'az', 'ge', 'tm', 'eu', 'us', 'uk', 'de', 'fr', 'cn', 'tr', 'co', 'biz', 'tech', 'online', 'site', 'store', 'shop',
  'pro', 'ai', 'xyz', 'cloud', 'tv', 'page', 'int', 'su', 'қаз', 'рф',
]

// Scheme or www. first: anything up to white space or a closing bracket/quote.
const URL = /(?:https?:\/\/|(?<![\p{L}\p{N}.])www\.)[^\s<>"«»“”()\[\]{}\u0001]+/giu
// A bare domain needs a known top-level domain so "т.ч." or "4.2.1" never look like one.
const DOMAIN = new RegExp(
  `(?<![\\p{L}\\p{N}.@/-])(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?\\.)+(?:${TLDS.join('|')})(?![\\p{L}\\p{N}@-])(?:/[^\\s<>"«»“”()\\[\\]{}\\u0001]*)?`,
  'giu',
)

export const extractEmails: Extractor = (text) => scan(text, EMAIL, (m) => whole(m, 'email', normalizeEmail(m[0])))

export const extractUrls: Extractor = (text) => {
  const withScheme = scan(text, URL, (m) => trimmedHit(m, normalizeUrl(m[0])))
  const masked = maskHits(text, withScheme)
  const bare = scan(masked, DOMAIN, (m) => (isDomainLike(m[0]) ? trimmedHit(m, normalizeUrl(m[0])) : undefined))
  return [...withScheme, ...bare]
}

function trimmedHit(m: RegExpExecArray, value: string) {
  const raw = stripTrailing(m[0])
  return {...whole(m, 'url', value), raw, end: m.index + raw.length}
}

// A Cyrillic label is only a domain before .қаз/.рф; "п.рф"-like abbreviations need at least two letters.
function isDomainLike(candidate: string): boolean {
  const host = stripTrailing(candidate).split('/')[0]
  const labels = host.split('.')
  return labels.every((label) => label.length > 0) && labels[0].length >= 2
}

const stripTrailing = (s: string) => s.replace(/[.,;:!?'"»”)\]]+$/u, '')

export function normalizeEmail(raw: string): string {
  return stripTrailing(raw.replace(/^mailto:/i, '')).split('?')[0].toLowerCase()
}

export function normalizeUrl(raw: string): string {
  let url = stripTrailing(raw.trim()).toLowerCase()
  url = url.replace(/^https?:\/\//, '').replace(/^www\./, '')
  url = url.replace(/#.*$/, '')
  url = url.replace(/\/(?:kk|kz|ru|en|qaz|rus|kaz)(?:-[a-z]{2})?(?=\/|$|\?)/g, '/{lang}')
  url = url.replace(/([?&](?:lang|locale|language|hl)=)[a-z-]+/g, '$1{lang}')
  return url.replace(/\/+$/, '').replace(/\/(?=\?)/, '')
}
