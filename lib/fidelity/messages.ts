// English messages for findings. `kind` and the values stay on the finding so the site and Studio can localize.
import type {FactKind, Finding, OmissionKind} from './types'
import type {Mismatch} from './compare'
import type {Omission} from './omissions'

const labels: Record<FactKind, string> = {
  number: 'Numbers',
  date: 'Dates',
  duration: 'Durations',
  email: 'E-mail addresses',
  url: 'Web addresses',
  phone: 'Phone numbers',
  lawRef: 'Law references',
  clauseRef: 'Clause numbers',
}

export function mismatchMessage({kind, kk, ru}: Mismatch): string {
  const side = (facts: Mismatch['kk']) =>
    facts.length ? facts.map((f) => (f.raw && f.raw !== f.value ? `${f.value} ("${f.raw}")` : f.value)).join(', ') : 'nothing'
  return `${labels[kind]} differ: only kk has ${side(kk)}; only ru has ${side(ru)}`
}

export function listCountMessage(kk: number, ru: number): string {
  return `List items differ: kk has ${kk}, ru has ${ru}`
}

export function missingMessage(missing: NonNullable<Finding['missing']>): string {
  const other = missing.locale === 'kk' ? 'ru' : 'kk'
  const what = missing.part === 'section' ? 'text' : missing.part
  return `The ${missing.locale} ${what} is missing (${other} has it)`
}

const quoteText = (text: string) => `"${text.length > 160 ? `${text.slice(0, 159)}…` : text}"`

/** One kind of omission in one section: what each column has that the other leaves out. */
export function omissionMessage(kind: OmissionKind, omissions: readonly Omission[]): string {
  const parts = (['kk', 'ru'] as const).flatMap((locale) => {
    const mine = omissions.filter((o) => o.locale === locale)
    if (!mine.length) return []
    const other = locale === 'kk' ? 'ru' : 'kk'
    if (kind === 'omittedSentence') {
      const what = mine.length === 1 ? 'a sentence' : `${mine.length} sentences`
      return [`${locale} has ${what} that ${other} leaves out: ${mine.map((o) => quoteText(o.text)).join(' ')}`]
    }
    const items = mine.map((o) => `${quoteText(o.text)} (in ${quoteText(o.context ?? o.text)})`).join(', ')
    return [`${locale} lists ${mine.length === 1 ? 'an item' : 'items'} that ${other} leaves out: ${items}`]
  })
  return `${kind === 'omittedSentence' ? 'Sentence missing' : 'Enumeration item missing'}: ${parts.join('; ')}`
}
