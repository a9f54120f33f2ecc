import {describe, expect, it} from 'vitest'
import {almatyStartOfDay, almatyToday, formatDay, isIsoDay, previousDay} from './dates'

describe('almatyToday', () => {
  it('turns the day at 00:00 Almaty (19:00 UTC the day before, UTC+5 since 2024-03-01)', () => {
    expect(almatyToday(new Date('2025-09-01T18:59:59Z'))).toBe('2025-09-01')
    expect(almatyToday(new Date('2025-08-31T18:59:59Z'))).toBe('2025-08-31')
    expect(almatyToday(new Date('2025-08-31T19:00:00Z'))).toBe('2025-09-01')
  })

  it('uses UTC+6 before 2024-03-01', () => {
    expect(almatyToday(new Date('2023-05-31T17:59:59Z'))).toBe('2023-05-31')
    expect(almatyToday(new Date('2023-05-31T18:00:00Z'))).toBe('2023-06-01')
  })
})

describe('almatyStartOfDay', () => {
  it('gives the instant the Almaty day starts', () => {
    expect(almatyStartOfDay('2025-09-01').toISOString()).toBe('2025-08-31T19:00:00.000Z')
    expect(almatyStartOfDay('2023-06-01').toISOString()).toBe('2023-05-31T18:00:00.000Z')
  })
})

describe('isIsoDay', () => {
  it('accepts real days only', () => {
    expect(isIsoDay('2024-02-29')).toBe(true)
    expect(isIsoDay('2025-02-29')).toBe(false)
    expect(isIsoDay('2025-13-01')).toBe(false)
    expect(isIsoDay('01.02.2025')).toBe(false)
    expect(isIsoDay(20250101)).toBe(false)
  })
})

describe('previousDay', () => {
  it('crosses month and year ends', () => {
    expect(previousDay('2025-03-01')).toBe('2025-02-28')
    expect(previousDay('2025-01-01')).toBe('2024-12-31')
  })
})

describe('formatDay', () => {
  it('writes the calendar day in Kazakh (the nominative, as legal texts write it) and Russian', () => {
    expect(formatDay('2021-11-26', 'kk')).toBe('2021 жылғы 26 қараша')
    expect(formatDay('2021-11-26', 'ru')).toBe('26 ноября 2021\u00a0г.')
  })
})
