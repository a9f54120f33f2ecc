import type {Locale} from '@/lib/content/types'
import {formatDay} from '@/lib/revisions/dates'
import {KAZAKH_CASES, kazakhDate, type KazakhCase} from './kazakh-dates'

const caseSuffix = (grammaticalCase: KazakhCase) => grammaticalCase[0].toUpperCase() + grammaticalCase.slice(1)

/** The argument names a Kazakh message gets for a date named `name`: `dateNominative`, `dateAblative`, … */
export function kazakhDateArgNames(name: string): string[] {
  return KAZAKH_CASES.map((c) => name + caseSuffix(c))
}

/**
 * The values of a message's dates (`YYYY-MM-DD`; undefined for an open end, written "…"). A Kazakh message names
 * each date by its case, already inflected: `{dateAblative} бастап`, `{toDative} дейін`, `({dateNominative})`;
 * there is no bare `{date}` in Kazakh, so no message can put a nominative before a postposition by accident. A
 * Russian message takes `{date}`: "1 сентября 2025 г." (the month in the genitive) reads right after «с», «по»,
 * «до» and alone.
 */
export function dateArgs(locale: Locale, dates: Record<string, string | undefined>): Record<string, string> {
  const values: Record<string, string> = {}
  for (const [name, day] of Object.entries(dates)) {
    if (locale === 'kk') {
      for (const c of KAZAKH_CASES) values[name + caseSuffix(c)] = day === undefined ? '…' : kazakhDate(day, c)
    } else {
      values[name] = day === undefined ? '…' : formatDay(day, locale)
    }
  }
  return values
}
