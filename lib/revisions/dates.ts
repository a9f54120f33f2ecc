// Calendar days in Asia/Almaty. Never a fixed offset: Almaty moved from UTC+6 to UTC+5 on 2024-03-01.
import type {Locale} from '@/lib/content/types'
import {kazakhDate} from '@/lib/i18n/kazakh-dates'

export const POLICY_TIME_ZONE = 'Asia/Almaty'

const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: POLICY_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/** Today's date in Almaty as `YYYY-MM-DD`. */
export function almatyToday(now: Date = new Date()): string {
  return dayFormat.format(now)
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/** True for a real calendar day written `YYYY-MM-DD` (rejects 2025-02-30). */
export function isIsoDay(value: unknown): value is string {
  if (typeof value !== 'string') return false
  const match = ISO_DAY.exec(value)
  if (!match) return false
  const [, y, m, d] = match.map(Number)
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

/** The instant 00:00 in Almaty starts the given day. */
export function almatyStartOfDay(day: string): Date {
  const [y, m, d] = day.split('-').map(Number)
  // Guess with UTC+5, then correct by the zone's real offset at that instant.
  const guess = Date.UTC(y, m - 1, d) - 5 * 3600_000
  const offsetMinutes = zoneOffsetMinutes(new Date(guess))
  return new Date(Date.UTC(y, m - 1, d) - offsetMinutes * 60_000)
}

function zoneOffsetMinutes(at: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: POLICY_TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(at)
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value)
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'))
  return Math.round((asUtc - at.getTime()) / 60_000)
}

/** The day before, as `YYYY-MM-DD` (for "in force until"). */
export function previousDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10)
}

const russianDate = new Intl.DateTimeFormat('ru-RU', {timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric'})

/**
 * "2021 жылғы 26 қараша" / "26 ноября 2021 г.": the calendar day itself, whatever the server's zone. The Kazakh
 * is the nominative, for a date standing alone; before a postposition a message takes a case form
 * (lib/i18n/date-args.ts). The Russian keeps «г.» on the year's line: Intl writes an ordinary space before it, the
 * typographic rule wants a no-break space (U+00A0).
 */
export function formatDay(day: string, locale: Locale): string {
  if (!isIsoDay(day)) return day
  if (locale === 'kk') return kazakhDate(day)
  const [y, m, d] = day.split('-').map(Number)
  return russianDate.format(new Date(Date.UTC(y, m - 1, d))).replace(/\s+г\.$/u, '\u00a0г.')
}
