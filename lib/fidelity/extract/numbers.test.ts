import {describe, expect, it} from 'vitest'
import {extractFromText} from './index'
import {scaled, softNumbers} from './numbers'

const numbers = (text: string, locale: 'kk' | 'ru' = 'ru') =>
  extractFromText(text, locale)
    .filter((f) => f.kind === 'number')
    .map((f) => f.value)

describe('numbers and amounts', () => {
  it('normalizes grouping, decimal separators, percentages and currencies', () => {
    expect(numbers('штраф 1 000 000 тенге')).toEqual(['1000000 KZT'])
    expect(numbers('айыппұл 1000000 теңге', 'kk')).toEqual(['1000000 KZT'])
    expect(numbers('айыппұл 1 000 000 ₸', 'kk')).toEqual(['1000000 KZT'])
    expect(numbers('1,5 млн тенге')).toEqual(['1500000 KZT'])
    expect(numbers('1.5 млн теңге', 'kk')).toEqual(['1500000 KZT'])
    expect(numbers('ставка 1,5 и 2.50')).toEqual(['1.5', '2.5'])
    expect(numbers('100 МРП')).toEqual(['100 MCI'])
    expect(numbers('100 АЕК', 'kk')).toEqual(['100 MCI'])
    expect(numbers('$100 или 100 долларов США')).toEqual(['100 USD', '100 USD'])
    expect(numbers('100 АҚШ доллары', 'kk')).toEqual(['100 USD'])
  })

  it('reads the percentage of seed 000 as 100%', () => {
    expect(numbers('берудің ешқандай әдісі 100% қауіпсіз және сенімді емес', 'kk')).toEqual(['100%'])
    expect(numbers('5 (пять) процентов')).toEqual(['5%'])
    expect(numbers('5 пайыз', 'kk')).toEqual(['5%'])
  })

  it('keeps a spelled-out number in brackets from counting twice', () => {
    expect(numbers('2 (два) экземпляра')).toEqual(['2'])
    expect(numbers('екі (2) дана', 'kk')).toEqual(['2'])
  })

  it('reads times of day', () => {
    expect(numbers('с 9:00 до 18:00')).toEqual(['09:00', '18:00'])
  })

  it('does not read Latin brand names or words as numbers', () => {
    expect(numbers('E-karlygash қосымшасы cookies файлдарын пайдаланбайды', 'kk')).toEqual([])
  })

  it('shifts decimals without floating-point error', () => {
    expect(scaled('1', '5', 6)).toBe('1500000')
    expect(scaled('0', '125', 3)).toBe('125')
    expect(scaled('2', '50', 0)).toBe('2.5')
  })

  it('reads number words per language as soft hints', () => {
    expect(softNumbers('жиырма бес күн', 'kk').map((s) => s.value)).toEqual(['25'])
    expect(softNumbers('двухсот пятидесяти', 'ru').map((s) => s.value)).toEqual(['250'])
    expect(softNumbers('екі жүз елу', 'kk').map((s) => s.value)).toEqual(['250'])
    // The Russian pronoun "он" is no Kazakh ten.
    expect(softNumbers('он согласен', 'ru')).toEqual([])
  })
})
