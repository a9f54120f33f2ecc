import type {Locale} from '@/lib/content/types'
import type {Translator} from '@/lib/i18n/translator'
import type {RevisionComparison} from '@/lib/revisions/compare'

const COUNTS = ['changed', 'added', 'removed', 'moved'] as const

/**
 * How much changed, as a reader would say it: only the counts that are not zero, the first word capitalized
 * ("Изменён 1 раздел · добавлено 2 раздела", "1 бөлім өзгертілді"); "the text did not change" when all are zero.
 * Each count is its own ICU plural: a message cannot leave out a part and its separator.
 */
export function statsLine(stats: RevisionComparison['stats'], locale: Locale, t: Translator): string {
  const parts = COUNTS.filter((key) => stats[key] > 0).map((key) => t(`Compare.stats.${key}`, {count: stats[key]}))
  if (!parts.length) return t('Compare.stats.none')
  const line = parts.join(' · ')
  return line.charAt(0).toLocaleUpperCase(locale) + line.slice(1)
}
