import {describe, expect, it} from 'vitest'
import {extractFromText} from './index'
import {toPhone} from './phones'

const phones = (text: string) =>
  extractFromText(text, 'ru')
    .filter((f) => f.kind === 'phone')
    .map((f) => f.value)

describe('phone numbers', () => {
  it('normalizes equivalent formats to +7…', () => {
    expect(phones('тел.: +7 (727) 123-45-67')).toEqual(['+77271234567'])
    expect(phones('тел.: 8 727 1234567')).toEqual(['+77271234567'])
    expect(phones('тел.: 8 (727) 123 45 67')).toEqual(['+77271234567'])
    expect(phones('тел.: 87271234567')).toEqual(['+77271234567'])
    expect(phones('тел.: (727) 123-45-67')).toEqual(['+77271234567'])
    expect(phones('моб.: 701 123 45 67')).toEqual(['+77011234567'])
  })

  it('does not read amounts, dates or ids as phones', () => {
    expect(phones('1 000 000 тенге, 21.05.2013, БИН 123456789012')).toEqual([])
    expect(toPhone('1 000 000 000')).toBeUndefined()
  })

  it('keeps the digits of a phone out of the plain numbers', () => {
    const facts = extractFromText('+7 (727) 123-45-67', 'ru')
    expect(facts.map((f) => f.kind)).toEqual(['phone'])
  })
})
