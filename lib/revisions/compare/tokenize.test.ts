import {describe, expect, it} from 'vitest'
import {tokenize} from './tokenize'

const words = (text: string) => tokenize(text).map((token) => token.text)

describe('tokenize', () => {
  it('keeps Kazakh and Russian words whole, punctuation apart', () => {
    expect(words('Деректерді өңдеу, ұсыну және қорғау; «Политика» — т.е.')).toEqual([
      'Деректерді', 'өңдеу', ',', 'ұсыну', 'және', 'қорғау', ';', '«', 'Политика', '»', '—', 'т', '.', 'е', '.',
    ])
  })

  it('keeps numbers with inner dots and commas, and clause numbers with their dot', () => {
    expect(words('4.2.1. Ставка 1,5 % с 01.01.2024 по пункту 4.2. и 5-тармақ')).toEqual([
      '4.2.1.', 'Ставка', '1,5', '%', 'с', '01.01.2024', 'по', 'пункту', '4.2.', 'и', '5-тармақ',
    ])
    expect(words('4. Цели')).toEqual(['4.', 'Цели'])
    expect(words('в 2024 году.')).toEqual(['в', '2024', 'году', '.'])
  })

  it('keeps e-mails, URLs and domains whole, without the punctuation that follows them', () => {
    expect(words('Пишите: ivan.petrov@mail.kz, https://site.kz/a?b=1. Или www.gov.kz).')).toEqual([
      'Пишите', ':', 'ivan.petrov@mail.kz', ',', 'https://site.kz/a?b=1', '.', 'Или', 'www.gov.kz', ')', '.',
    ])
    expect(words('(https://en.wikipedia.org/wiki/A_(b)) e-karlygash.kz/privacy.')).toEqual([
      '(', 'https://en.wikipedia.org/wiki/A_(b)', ')', 'e-karlygash.kz/privacy', '.',
    ])
  })

  it('records the whitespace before each token and drops invisible characters', () => {
    const tokens = tokenize('а  б\u00A0в\u00ADг')
    expect(tokens.map((token) => [token.lead, token.text])).toEqual([['', 'а'], ['  ', 'б'], ['\u00A0', 'вг']])
  })

  it('normalizes composed and decomposed letters to the same key', () => {
    expect(tokenize('й')[0].key).toBe(tokenize('и\u0306')[0].key)
  })
})
