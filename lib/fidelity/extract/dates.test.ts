import {describe, expect, it} from 'vitest'
import {extractFromText} from './index'
import {toIsoDate} from './dates'

const dates = (text: string, locale: 'kk' | 'ru' = 'kk') =>
  extractFromText(text, locale)
    .filter((f) => f.kind === 'date')
    .map((f) => f.value)

describe('dates', () => {
  it.each([
    ['2013 жылғы 21 мамырдағы № 94-V ҚР Заңын басшылыққа алады', 'kk'],
    ['21 мамыр 2013 ж. қабылданған Заң', 'kk'],
    ['2013 ж. «21» мамырда', 'kk'],
    ['Законом РК от 21 мая 2013 года № 94-V', 'ru'],
    ['от 21 мая 2013 г. № 94-V', 'ru'],
    ['от «21» мая 2013г.', 'ru'],
    ['от 21.05.2013 № 94-V', 'ru'],
    ['2013-05-21 бастап', 'kk'],
  ] as const)('reads %s as 2013-05-21', (text, locale) => {
    expect(dates(text, locale)).toEqual(['2013-05-21'])
  })

  it('reads the Kazakh and Russian month of every month alike', () => {
    const kk = ['қаңтардағы', 'ақпандағы', 'наурыздағы', 'сәуірдегі', 'мамырдағы', 'маусымдағы', 'шілдедегі', 'тамыздағы', 'қыркүйектегі', 'қазандағы', 'қарашадағы', 'желтоқсандағы']
    const ru = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря']
    kk.forEach((month, i) => {
      const expected = `2021-${String(i + 1).padStart(2, '0')}-05`
      expect(dates(`2021 жылғы 5 ${month}`)).toEqual([expected])
      expect(dates(`от 5 ${ru[i]} 2021 года`, 'ru')).toEqual([expected])
    })
  })

  it('keeps the date from seed 000 and does not count its parts as numbers', () => {
    const facts = extractFromText('Бұл саясат 2021-11-26 жылдардан бастап күшіне енеді', 'kk')
    expect(facts.map((f) => `${f.kind}:${f.value}`)).toEqual(['date:2021-11-26'])
  })

  it('reads month and year alone as YYYY-MM', () => {
    expect(dates('в мае 2013 года', 'ru')).toEqual(['2013-05'])
    expect(dates('2013 жылғы мамырда')).toEqual(['2013-05'])
  })

  it('rejects impossible dates and clause numbers', () => {
    expect(dates('31.02.2020 и 4.2.1.')).toEqual([])
    expect(toIsoDate('2020', '13', '1')).toBeUndefined()
    expect(toIsoDate('2024', '2', '29')).toBe('2024-02-29')
  })
})

describe('date ranges', () => {
  it('reads both ends of a range that names its month once', () => {
    expect(dates('с 1 по 15 января 2024 года', 'ru')).toEqual(['2024-01-01', '2024-01-15'])
    expect(dates('2024 жылғы 1-15 қаңтар аралығында')).toEqual(['2024-01-01', '2024-01-15'])
    expect(dates('1–15 января 2024 г.', 'ru')).toEqual(['2024-01-01', '2024-01-15'])
  })
})
