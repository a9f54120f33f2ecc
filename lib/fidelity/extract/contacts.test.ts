import {describe, expect, it} from 'vitest'
import {extractFromText} from './index'
import {normalizeUrl} from './contacts'

const of = (kind: string, text: string) =>
  extractFromText(text, 'kk')
    .filter((f) => f.kind === kind)
    .map((f) => f.value)

describe('e-mail addresses', () => {
  it('reads the address of seed 000 lower-case, without trailing punctuation', () => {
    expect(of('email', 'бізбен хабарласыңыз Karlygash.Events@gmail.com .')).toEqual(['karlygash.events@gmail.com'])
    expect(of('email', 'пишите на info@site.kz.')).toEqual(['info@site.kz'])
  })

  it('does not read the domain of an address as a web address', () => {
    expect(of('url', 'info@site.kz')).toEqual([])
  })

  it('ignores obfuscated placeholders (seed 002)', () => {
    expect(of('email', 'Email: [email protected]')).toEqual([])
  })
})

describe('web addresses', () => {
  it('reads the address of seed 002 without scheme and trailing slash', () => {
    expect(of('url', 'Осы Құпиялылық саясаты https://getxkz.com/ интернет-сайтының')).toEqual(['getxkz.com'])
  })

  it('reads a bare domain (seed 000) without the sentence dot', () => {
    expect(of('url', 'Шарттардағыдай мағынаға ие E-karlygash.kz. егер')).toEqual(['e-karlygash.kz'])
  })

  it('does not read abbreviations or clause numbers as domains', () => {
    expect(of('url', 'в т.ч. о себе, п. 4.2.1., т.б.')).toEqual([])
    expect(of('url', 'IP-адрес, ID устройства, HTTP-сұратуында')).toEqual([])
  })

  it('neutralizes the language segment of a localized page', () => {
    expect(normalizeUrl('https://www.site.kz/kk/privacy/')).toBe(normalizeUrl('http://site.kz/ru/privacy'))
    expect(normalizeUrl('https://site.kz/page?lang=kk')).toBe(normalizeUrl('https://site.kz/page?lang=ru'))
    expect(normalizeUrl('https://site.kz/privacy')).not.toBe(normalizeUrl('https://site.kz/terms'))
  })
})
