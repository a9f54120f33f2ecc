// English messages for findings. `kind` and the values stay on the finding so the site and Studio can localize.
import type {FactKind, Finding} from './types'
import type {Mismatch} from './compare'

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
