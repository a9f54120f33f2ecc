import {describe, expect, it} from 'vitest'
import {extractFromText} from './index'
import {softDurations} from './durations'

const durations = (text: string, locale: 'kk' | 'ru') =>
  extractFromText(text, locale)
    .filter((f) => f.kind === 'duration')
    .map((f) => f.value)

describe('durations', () => {
  it.each([
    // seed 001, clause 1.3, both columns
    ['кемінде күнтізбелік 10 (он) күн бұрын жазбаша хабарлаған жағдайда', 'kk', '10 day'],
    ['не менее чем за 10 (десяти) календарных дней до предполагаемой даты', 'ru', '10 day'],
    // seed 003, clause 8.2, and a translation
    ['кінә қоюды алған күннен бастап күнтізбелік 30 күн ішінде', 'kk', '30 day'],
    ['в течение 30 календарных дней со дня получения претензии', 'ru', '30 day'],
    ['30 күн ішінде', 'kk', '30 day'],
    ['30 дней', 'ru', '30 day'],
    ['он (10) күн', 'kk', '10 day'],
    ['отыз күн ішінде', 'kk', '30 day'],
    ['в течение тридцати дней', 'ru', '30 day'],
    ['3 жұмыс күні ішінде', 'kk', '3 working day'],
    ['в течение трех рабочих дней', 'ru', '3 working day'],
    ['3 ай', 'kk', '3 month'],
    ['3-х месяцев', 'ru', '3 month'],
    ['3-месячный срок', 'ru', '3 month'],
    ['5 жыл бойы сақталады', 'kk', '5 year'],
    ['хранятся 5 лет', 'ru', '5 year'],
    ['1,5 года', 'ru', '1.5 year'],
    ['18 жасқа толмаған тұлғалар', 'kk', '18 year'],
    ['лица, не достигшие 18 лет', 'ru', '18 year'],
    ['24 сағат ішінде', 'kk', '24 hour'],
    ['в течение 24 часов', 'ru', '24 hour'],
    ['2 апта', 'kk', '2 week'],
    ['2 недели', 'ru', '2 week'],
    ['15 минут', 'ru', '15 minute'],
    ['в течение полугода', 'ru', '6 month'],
    ['жарты жыл ішінде', 'kk', '6 month'],
    ['6 ай ішінде', 'kk', '6 month'],
    ['10-дневный срок', 'ru', '10 day'],
    ['10 күндік мерзім', 'kk', '10 day'],
    ['күнтізбелік он бес күн ішінде', 'kk', '15 day'],
    ['в течение пятнадцати календарных дней', 'ru', '15 day'],
  ] as const)('reads "%s" (%s) as %s', (text, locale, expected) => {
    expect(durations(text, locale)).toEqual([expected])
  })

  it('does not read a calendar year as a duration, nor count the days twice', () => {
    expect(durations('2013 жылы қабылданған', 'kk')).toEqual([])
    expect(durations('в 2013 году', 'ru')).toEqual([])
    const facts = extractFromText('не менее чем за 10 (десяти) календарных дней', 'ru')
    expect(facts.filter((f) => f.kind === 'number')).toEqual([])
  })

  it('reads a clock hour written after сағат like the Russian "в 10 часов"', () => {
    expect(durations('сағат 10-да', 'kk')).toEqual(['10 hour'])
    expect(durations('в 10 часов', 'ru')).toEqual(['10 hour'])
  })

  it('gives one unit without a number only as a soft hint', () => {
    expect(durations('в течение месяца', 'ru')).toEqual([])
    expect(softDurations('в течение месяца').map((s) => s.value)).toEqual(['1 month'])
    expect(softDurations('куки для настроек экрана действуют год').map((s) => s.value)).toEqual(['1 year'])
    expect(softDurations('ай ішінде').map((s) => s.value)).toEqual(['1 month'])
    expect(softDurations('один рабочий день').map((s) => s.value)).toEqual(['1 working day'])
  })
})
