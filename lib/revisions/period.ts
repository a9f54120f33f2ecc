import type {Locale} from '@/lib/content/types'
import {dateArgs} from '@/lib/i18n/date-args'
import type {TimelineEntry} from './timeline'

type PeriodKey = 'takesEffect' | 'inForceRange' | 'effectiveFromDate'
type Translate = (key: PeriodKey, values: Record<string, string>) => string

/** "In force from … to …", "in force since …" or "takes effect on …", from the `Policy` messages. */
export function periodLabel(entry: TimelineEntry, locale: Locale, t: Translate): string {
  const from = entry.revision.effectiveFrom
  if (entry.status === 'upcoming') return t('takesEffect', dateArgs(locale, {date: from}))
  if (entry.inForceUntil) return t('inForceRange', dateArgs(locale, {from, to: entry.inForceUntil}))
  return t('effectiveFromDate', dateArgs(locale, {date: from}))
}
