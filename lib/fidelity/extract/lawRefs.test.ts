import {describe, expect, it} from 'vitest'
import {extractFromText} from './index'
import {normalizeLawNumber} from './lawRefs'

const refs = (text: string, locale: 'kk' | 'ru') =>
  extractFromText(text, locale)
    .filter((f) => f.kind === 'lawRef')
    .map((f) => f.value)

describe('law references', () => {
  it('reads the law of seed 001 in both columns as 94-V', () => {
    expect(refs('Законом РК от 21 мая 2013 года № 94-V «О персональных данных и их защите»', 'ru')).toEqual(['94-V'])
    expect(refs('2013 жылғы 21 мамырдағы № 94-V ҚР Заңын басшылыққа алады', 'kk')).toEqual(['94-V'])
  })

  it('reads other spellings', () => {
    expect(refs('№94-V ҚРЗ', 'kk')).toEqual(['94-V'])
    expect(refs('Закон РК от 21.05.2013 N 94-V', 'ru')).toEqual(['94-V'])
    expect(refs('94-V ҚРЗ Заңы', 'kk')).toEqual(['94-V'])
    expect(refs('приказ № 12-р', 'ru')).toEqual(['12'])
    expect(refs('№ 12-ө бұйрық', 'kk')).toEqual(['12'])
  })

  it('keeps the numbers of a reference out of the plain numbers', () => {
    expect(extractFromText('№ 94-V', 'ru').map((f) => f.kind)).toEqual(['lawRef'])
  })

  it('normalizes case, spaces and dashes', () => {
    expect(normalizeLawNumber('94 – v')).toBe('94-V')
    expect(normalizeLawNumber('123/45')).toBe('123/45')
  })
})
