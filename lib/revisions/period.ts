import type {Locale} from '@/lib/content/types'
import {formatDay} from './dates'
import type {TimelineEntry} from './timeline'

type PeriodKey = 'takesEffect' | 'inForceRange' | 'effectiveFromDate'
type Translate = (key: PeriodKey, values: Record<string, string>) => string

/** "In force from … to …", "in force since …" or "takes effect on …", from the `Policy` messages. */
export function periodLabel(entry: TimelineEntry, locale: Locale, t: Translate): string {
  const from = formatDay(entry.revision.effectiveFrom, locale)
  if (entry.status === 'upcoming') return t('takesEffect', {date: from})
  if (entry.inForceUntil) return t('inForceRange', {from, to: formatDay(entry.inForceUntil, locale)})
  return t('effectiveFromDate', {date: from})
}
