// A revision's "what changed" summary is bilingual plain text too: "срок увеличен с 10 до 30 дней" in ru must
// not say 20 days in kk.
import type {Localized} from '@/lib/content/types'
import {differences, missingLanguage, omitted, type Where} from './checkSection'
import {extractColumn} from './extract'
import {findTextOmissions} from './omissions'
import {hasText} from './portableText'
import type {Finding, FindingContext} from './types'

export function checkSummary(summary: Localized<string> | undefined, context: FindingContext): Finding[] {
  const where: Where = {...context, section: 'summary', sectionKey: 'summary', scope: 'summary'}
  const kk = hasText(summary?.kk)
  const ru = hasText(summary?.ru)
  if (!kk && !ru) return []
  if (!kk || !ru) return [missingLanguage(where, kk ? 'ru' : 'kk', 'section')]
  return [
    ...omitted(where, findTextOmissions(String(summary?.kk), String(summary?.ru))),
    ...differences(where, extractColumn(summary?.kk, undefined, 'kk'), extractColumn(summary?.ru, undefined, 'ru')),
  ]
}
