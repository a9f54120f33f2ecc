// The extraction pipeline: order matters, because each step masks what it consumed. Addresses go first (they hold
// digits and dots), then dates, phones, durations, clause and law references, and what is left is a plain number.
import type {Locale} from '@/lib/content/types'
import type {ColumnFacts, Fact} from '../types'
import {columnText} from '../portableText'
import {extractClauseRefs, extractOwnClauseNumbers} from './clauseRefs'
import {extractEmails, extractUrls, normalizeEmail, normalizeUrl} from './contacts'
import {extractDates} from './dates'
import {extractDurations, softDurations} from './durations'
import {extractLawRefs} from './lawRefs'
import {extractNumbers, extractTimes, softNumbers} from './numbers'
import {extractPhones, toPhone} from './phones'
import {maskHits, type Extractor, type Hit} from './scan'

const pipelines = new Map<Locale, Extractor[]>()

function pipeline(locale: Locale): Extractor[] {
  const cached = pipelines.get(locale)
  if (cached) return cached
  const steps = [
    extractEmails,
    extractUrls,
    extractDates,
    extractPhones,
    extractOwnClauseNumbers,
    // Before clause lists, so that "п. 5 и 10 дней" keeps its 10 days.
    extractDurations(locale),
    extractClauseRefs,
    extractLawRefs,
    extractTimes,
    extractNumbers,
  ]
  pipelines.set(locale, steps)
  return steps
}

/** The facts of one text, in the order found. */
export function extractFromText(text: string, locale: Locale): Fact[] {
  return extractWithRest(text, locale).facts
}

/** The facts, and the text with every fact masked out (where only number words and bare units remain). */
function extractWithRest(text: string, locale: Locale): {facts: Fact[]; rest: string} {
  const hits: Hit[] = []
  let rest = normalizeSpaces(text)
  for (const extract of pipeline(locale)) {
    const found = extract(rest)
    hits.push(...found)
    rest = maskHits(rest, found)
  }
  const facts = hits.sort((a, b) => a.start - b.start).map(({start: _s, end: _e, ...fact}): Fact => fact)
  return {facts, rest}
}

/** The facts of one column of a section: its heading and body, plus addresses that only links carry. */
export function extractColumn(heading: unknown, body: unknown, locale: Locale): ColumnFacts {
  const {text, hrefs, listItems} = columnText(heading, body)
  const {facts, rest} = extractWithRest(text, locale)
  for (const href of hrefs) {
    const fact = hrefFact(href)
    if (fact && !facts.some((f) => f.kind === fact.kind && f.value === fact.value)) facts.push(fact)
  }
  return {facts, soft: [...softNumbers(rest, locale), ...softDurations(rest)], listItems}
}

function hrefFact(href: string): Fact | undefined {
  const raw = href.trim()
  if (/^mailto:/i.test(raw)) return {kind: 'email', value: normalizeEmail(raw), raw}
  if (/^tel:/i.test(raw)) {
    const value = toPhone(raw.slice(4)) ?? `+${raw.replace(/\D/g, '')}`
    return {kind: 'phone', value, raw}
  }
  if (/^https?:\/\//i.test(raw)) return {kind: 'url', value: normalizeUrl(raw), raw}
  return undefined
}

// Non-breaking and thin spaces are common in pasted legal text; one width keeps every pattern simple.
// Same length in, same length out.
function normalizeSpaces(text: string): string {
  return text.replace(/[\u00a0\u2007\u202f\u2009]/g, ' ')
}
