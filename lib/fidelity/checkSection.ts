// One aligned section: the kk and ru columns must state the same facts.
import type {Locale, Section} from '@/lib/content/types'
import {compareColumns} from './compare'
import {extractColumn} from './extract'
import {listCountMessage, mismatchMessage, missingMessage, omissionMessage} from './messages'
import {findOmissions, type Omission} from './omissions'
import {hasText} from './portableText'
import type {ColumnFacts, Finding, FindingContext, OmissionKind} from './types'

type Part = 'heading' | 'body'
export type Where = FindingContext & Pick<Finding, 'section' | 'sectionKey' | 'scope'>

export function checkSection(section: Section, context: FindingContext): Finding[] {
  const where: Where = {...context, section: section.anchor || section.key, sectionKey: section.key, scope: 'section'}
  const has = (part: Part, locale: Locale) => hasText(section[part][locale])
  const kkAny = has('heading', 'kk') || has('body', 'kk')
  const ruAny = has('heading', 'ru') || has('body', 'ru')
  // Nothing in either language is an empty row for Studio to flag, not a difference between translations.
  if (!kkAny && !ruAny) return []
  if (!kkAny || !ruAny) return [missingLanguage(where, kkAny ? 'ru' : 'kk', 'section')]

  const findings: Finding[] = []
  const shared: Record<Part, boolean> = {heading: false, body: false}
  for (const part of ['heading', 'body'] as const) {
    const kk = has(part, 'kk')
    const ru = has(part, 'ru')
    shared[part] = kk && ru
    // A part present in one column only is one finding; comparing its facts would only repeat it.
    if (kk !== ru) findings.push(missingLanguage(where, kk ? 'ru' : 'kk', part))
  }
  const column = (locale: Locale) =>
    extractColumn(shared.heading ? section.heading[locale] : undefined, shared.body ? section.body[locale] : undefined, locale)
  const kk = column('kk')
  const ru = column('ru')
  if (shared.body && kk.listItems !== ru.listItems) {
    const counts = {kk: [String(kk.listItems)], ru: [String(ru.listItems)], kkText: [], ruText: []}
    findings.push({...where, kind: 'listCount', ...counts, message: listCountMessage(kk.listItems, ru.listItems)})
  }
  const omissions = shared.body ? omitted(where, findOmissions(section)) : []
  return [...findings, ...omissions, ...differences(where, kk, ru)]
}

/** One finding per kind of omission: the sentences (or items) each column has and the other leaves out. */
export function omitted(where: Where, omissions: readonly Omission[]): Finding[] {
  const kinds: OmissionKind[] = ['omittedSentence', 'omittedItem']
  return kinds.flatMap((kind) => {
    const mine = omissions.filter((o) => o.kind === kind)
    if (!mine.length) return []
    const side = (locale: 'kk' | 'ru') => mine.filter((o) => o.locale === locale)
    return [
      {
        ...where,
        kind,
        kk: side('kk').map((o) => o.value),
        ru: side('ru').map((o) => o.value),
        kkText: side('kk').map((o) => o.text),
        ruText: side('ru').map((o) => o.text),
        message: omissionMessage(kind, mine),
      },
    ]
  })
}

/** One finding per kind of fact that the two columns do not share. */
export function differences(where: Where, kk: ColumnFacts, ru: ColumnFacts): Finding[] {
  return compareColumns(kk, ru).map((mismatch) => ({
    ...where,
    kind: mismatch.kind,
    kk: mismatch.kk.map((f) => f.value),
    ru: mismatch.ru.map((f) => f.value),
    kkText: mismatch.kk.map((f) => f.raw),
    ruText: mismatch.ru.map((f) => f.raw),
    message: mismatchMessage(mismatch),
  }))
}

export function missingLanguage(where: Where, locale: Locale, part: 'section' | Part): Finding {
  const missing = {locale, part}
  return {...where, kind: 'missingLanguage', kk: [], ru: [], kkText: [], ruText: [], missing, message: missingMessage(missing)}
}
