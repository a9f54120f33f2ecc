// The UI strings themselves: every Kazakh message that joins a date to a word takes the date already in the case
// that word governs, and reads right for a date in each month; Russian counts agree with their nouns.
import {describe, expect, it} from 'vitest'
import kk from '@/messages/kk.json'
import ru from '@/messages/ru.json'
import {dateArgs} from './date-args'
import {KAZAKH_MONTHS} from './kazakh-dates'
import {translator} from './translator'

type Tree = {[key: string]: string | Tree}

function flatten(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[prefix + key, value] as [string, string]] : flatten(value, `${prefix}${key}.`)))
}

const kkMessages = flatten(kk)
const ruMessages = new Map(flatten(ru))
const CASE = /(Nominative|Genitive|Dative|Ablative|Locative)$/
const argsOf = (message: string) => [...message.matchAll(/\{(\w+)[},]/g)].map((m) => m[1])
/** Kazakh messages with a date in them, and the dates' names (`date`, `from`, `to`). */
const dated = kkMessages
  .map(([key, message]) => [key, message, [...new Set(argsOf(message).filter((a) => CASE.test(a)).map((a) => a.replace(CASE, '')))]] as const)
  .filter(([, , names]) => names.length > 0)

// The first and the last day of each month of 2025.
const days = KAZAKH_MONTHS.map((_, i) => [
  `2025-${String(i + 1).padStart(2, '0')}-01`,
  new Date(Date.UTC(2025, i + 1, 0)).toISOString().slice(0, 10),
])
const NOMINATIVE_BEFORE_POSTPOSITION = new RegExp(`(${KAZAKH_MONTHS.join('|')}) (бастап|дейін)`, 'u')
const format = (locale: 'kk' | 'ru', key: string, values: Record<string, string | number>) =>
  (translator(locale) as unknown as (key: string, values: Record<string, string | number>) => string)(key, values)

describe('Kazakh messages with dates', () => {
  it('are the ones the pages, app views and feed show', () => {
    expect(dated.map(([key]) => key).sort()).toEqual([
      'AppView.archived',
      'Compare.from',
      'Compare.to',
      'Feed.entryTitle',
      'History.range',
      'History.since',
      'Index.inForceSince',
      'Index.upcoming',
      'Policy.archivedNotice',
      'Policy.effectiveFromDate',
      'Policy.inForceRange',
      'Policy.takesEffect',
      'Policy.upcomingNotice',
      'Policy.upcomingOnlyNotice',
    ])
  })

  it('name each date by its case: before «бастап» the ablative, before «дейін» the dative', () => {
    for (const [key, message] of kkMessages) {
      for (const match of message.matchAll(/\{(\w+)\} (бастап|дейін)/g)) {
        expect(`${key}: {${match[1]}} ${match[2]}`).toBe(`${key}: {${match[1].replace(CASE, '')}${match[2] === 'бастап' ? 'Ablative' : 'Dative'}} ${match[2]}`)
      }
    }
  })

  it('never take a bare date, which could only be the nominative (the code passes none: it would render the key)', () => {
    for (const [key, message] of dated) expect(argsOf(message).filter((a) => a !== 'version' && !CASE.test(a)), key).toEqual([])
    const russianDated = [...ruMessages].filter(([, message]) => argsOf(message).includes('date')).map(([key]) => key)
    expect(russianDated.filter((key) => !dated.some(([k]) => k === key))).toEqual([])
    expect(Object.keys(dateArgs('kk', {date: '2025-09-01'}))).not.toContain('date')
  })

  describe.each(days)('for %s and %s', (first, last) => {
    it.each(dated.map(([key]) => key))('%s reads with the date in the right case', (key) => {
      const text = format('kk', key, {version: 2, ...dateArgs('kk', {date: first, from: first, to: last})})
      expect(text).not.toMatch(NOMINATIVE_BEFORE_POSTPOSITION)
      expect(text).not.toMatch(/[{}]|ж\.|\d{4}-\d{2}/)
      expect(text).toMatch(/\d{4} жылғы \d{1,2} /)
    })

    it.each(dated.map(([key]) => key))('%s in Russian takes the same dates', (key) => {
      const text = format('ru', key, {version: 2, ...dateArgs('ru', {date: first, from: first, to: last})})
      expect(text).not.toMatch(/[{}]|\d{4}-\d{2}/)
      expect(text).toMatch(/\d{1,2} [а-я]+ \d{4} г\./)
    })
  })

  it('a range: "2024 жылғы 1 наурыздан 2025 жылғы 31 тамызға дейін күшінде болған"', () => {
    expect(format('kk', 'Policy.inForceRange', dateArgs('kk', {from: '2024-03-01', to: '2025-08-31'}))).toBe(
      '2024 жылғы 1 наурыздан 2025 жылғы 31 тамызға дейін күшінде болған',
    )
    expect(format('ru', 'Policy.inForceRange', dateArgs('ru', {from: '2024-03-01', to: '2025-08-31'}))).toBe('Действовала с 1 марта 2024 г. по 31 августа 2025 г.')
    expect(format('kk', 'Policy.effectiveFromDate', dateArgs('kk', {date: '2025-09-01'}))).toBe('2025 жылғы 1 қыркүйектен бастап күшінде')
  })

  it('every Russian message with a date takes {date}, {from} or {to}', () => {
    for (const [key, , names] of dated) {
      const message = ruMessages.get(key)!
      expect(argsOf(message).filter((a) => names.includes(a)).sort(), key).toEqual([...names].sort())
    }
  })
})

describe('numbers joined to words', () => {
  it('Kazakh: a version is an ordinal ("2-редакция"), a count stands before the noun, which stays singular', () => {
    expect(format('kk', 'Policy.version', {version: 2})).toBe('2-редакция')
    expect(format('kk', 'Compare.title', {from: 1, to: 3})).toBe('1- және 3-редакцияларды салыстыру')
    expect(format('kk', 'Compare.stats', {changed: 1, added: 2, removed: 0, moved: 5})).toBe(
      '1 бөлім өзгертілді · 2 бөлім қосылды · 0 бөлім алынды · 5 бөлімнің орны ауысты',
    )
  })

  it('Russian: the noun and the participle agree with the count', () => {
    const stats = (n: number) => format('ru', 'Compare.stats', {changed: n, added: n, removed: n, moved: n})
    expect(stats(1)).toBe('изменён 1 раздел · добавлен 1 раздел · удалён 1 раздел · перемещён 1 раздел')
    expect(stats(3)).toBe('изменено 3 раздела · добавлено 3 раздела · удалено 3 раздела · перемещено 3 раздела')
    expect(stats(0)).toBe('изменено 0 разделов · добавлено 0 разделов · удалено 0 разделов · перемещено 0 разделов')
    expect(stats(11)).toBe('изменено 11 разделов · добавлено 11 разделов · удалено 11 разделов · перемещено 11 разделов')
    expect(stats(21)).toBe('изменён 21 раздел · добавлен 21 раздел · удалён 21 раздел · перемещён 21 раздел')
    expect(format('ru', 'Compare.unchangedCount', {count: 5})).toBe('5 разделов без изменений')
    expect(format('ru', 'Compare.unchangedCount', {count: 22})).toBe('22 раздела без изменений')
  })
})
