import {describe, expect, it} from 'vitest'
import {effectiveDates, findDates, findEffectiveDate} from './effective-date'
import type {Para} from './types'

const para = (text: string, line = 1): Para => ({file: 'f', line, kind: 'para', html: text, text, bold: false})

describe('findDates', () => {
  it.each([
    ['Бұл саясат 2021-11-26 жылдардан бастап күшіне енеді', '2021-11-26'],
    ['Дата публикации: 21.05.2013', '2013-05-21'],
    ['вступает в силу с 26 ноября 2021 г.', '2021-11-26'],
    ['редакция от «1» марта 2020 года', '2020-03-01'],
    ['2021 жылғы 26 қараша', '2021-11-26'],
    ['2023 ж. 5 қаңтардан бастап күшіне енеді', '2023-01-05'],
    ['1 мая 2019', '2019-05-01'],
    ['3 мамыр 2022 жылдан', '2022-05-03'],
  ])('%s → %s', (text, day) => {
    expect(findDates(text)).toEqual([day])
  })

  it('ignores impossible days and years far off', () => {
    expect(findDates('31.02.2021, 2021-13-01, 12.12.1812')).toEqual([])
  })
})

describe('findEffectiveDate', () => {
  it('takes a date only from a paragraph about coming into force or updating', () => {
    const found = findEffectiveDate([
      para('Руководствуется Законом РК от 21 мая 2013 года № 94-V «О персональных данных».', 1),
      para('Последнее обновление: 01.02.2024', 2),
    ])
    expect(found).toMatchObject({date: '2024-02-01', para: {line: 2}})
  })

  it('takes a date line before the first clause when no paragraph states one, and says how', () => {
    const found = findEffectiveDate([para('Политика обработки данных', 1), para('г. Алматы, 1 марта 2024 г.', 2), para('1. Общие положения', 3), para('01.02.2025', 4)])
    expect(found).toMatchObject({date: '2024-03-01', how: 'date line', para: {line: 2}})
    expect(findEffectiveDate([para('Алматы қ., 2024 жылғы 1 наурыз'), para('1. Жалпы')])?.date).toBe('2024-03-01')
    expect(findEffectiveDate([para('1. Общие положения'), para('г. Алматы, 1 марта 2024 г.')])).toBeUndefined()
  })

  it('prefers a stated date to a date line, and gives each language\'s', () => {
    const kk = {...para('Осы саясат 2024 жылғы 2 наурыздан бастап күшіне енеді.', 9), lang: 'kk' as const}
    const ru = {...para('Политика вступает в силу с 1 марта 2024 г.', 12), lang: 'ru' as const}
    expect(effectiveDates([{...para('01.01.2020', 1), lang: 'ru'}, kk, ru]).map((d) => [d.date, d.how, d.para.line])).toEqual([['2024-03-02', 'stated', 9], ['2024-03-01', 'stated', 12]])
  })

  it('finds nothing when no paragraph states one', () => {
    expect(findEffectiveDate([para('Новая редакция вступает в силу с момента её размещения.'), para('Закон от 21 мая 2013 года.')])).toBeUndefined()
  })
})
