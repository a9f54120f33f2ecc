import {describe, expect, it} from 'vitest'
import {encodeSingleByte, encodeUtf16le} from './corpus/encode'
import {decodeInput, singleByteTable} from './decode'
import {ImportError} from './errors'
import {bodyTexts, importPolicy, sectionsOf} from './test-exports'

/** cp1251 without a table: ASCII as is, А–я at 0xC0–0xFF, Ё/ё at 0xA8/0xB8 (enough for Russian text). */
function encodeCp1251(text: string): Uint8Array {
  return Uint8Array.from([...text], (char) => {
    const code = char.codePointAt(0)!
    if (code < 0x80) return code
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0
    if (char === 'Ё') return 0xa8
    if (char === 'ё') return 0xb8
    throw new Error(`not encodable in this test: ${char}`)
  })
}

const RUSSIAN = '## Политика конфиденциальности\n\n1. Общие положения\n\n1.1. Мы храним ваши данные в защищённом хранилище и не передаём их третьим лицам.\n\nВступает в силу с 26 ноября 2021 г.\n'

describe('decodeInput', () => {
  it('reads UTF-8 and drops a BOM and CRLF line ends', () => {
    const bytes = new TextEncoder().encode('\uFEFFстрока\r\nещё')
    expect(decodeInput('a.txt', bytes)).toEqual({text: 'строка\nещё', encoding: 'utf-8'})
  })

  it('reads cp1251 when the bytes are not UTF-8', () => {
    const bytes = encodeCp1251(RUSSIAN)
    expect(() => new TextDecoder('utf-8', {fatal: true}).decode(bytes)).toThrow()
    expect(decodeInput('legacy.txt', bytes)).toEqual({text: RUSSIAN, encoding: 'windows-1251'})
  })

  it('reads UTF-16 with a byte order mark', () => {
    const units = [0xfeff, ...[...'Привет'].map((c) => c.charCodeAt(0))]
    const bytes = new Uint8Array(new Uint16Array(units).buffer)
    expect(decodeInput('wide.txt', bytes).text).toBe('Привет')
  })

  it('reads UTF-16 without a byte order mark when every other byte says so', () => {
    const text = 'Құпиялылық саясаты\nПолитика конфиденциальности\n'
    expect(decodeInput('le.txt', encodeUtf16le(text, {bom: false}))).toEqual({text, encoding: 'utf-16le'})
    const be = encodeUtf16le(text, {bom: false}).map((_, i, bytes) => bytes[i % 2 ? i - 1 : i + 1])
    expect(decodeInput('be.txt', be)).toEqual({text, encoding: 'utf-16be'})
  })

  it('reads KZ-1048 when its Kazakh letters sit inside words, windows-1251 otherwise', () => {
    const kazakh = 'Жалпы ережелер. Осы қағидалар сайттың cookie файлдарын қалай пайдаланатынын түсіндіреді: Ә Ғ Қ Ң Ө Ұ Ү Һ І ә ғ қ ң ө ұ ү һ і.'
    expect(decodeInput('kz.txt', encodeSingleByte(kazakh, 'kz-1048'))).toEqual({text: kazakh, encoding: 'kz-1048'})
    expect(decodeInput('ru.txt', encodeSingleByte(RUSSIAN, 'windows-1251'))).toEqual({text: RUSSIAN, encoding: 'windows-1251'})
  })

  it('has KZ-1048 as windows-1251 with sixteen Kazakh letters in place of others', () => {
    const [kz, cp] = [singleByteTable('kz-1048'), singleByteTable('windows-1251')]
    const differ = [...kz].flatMap((char, byte) => (char === cp[byte] ? [] : [`${byte.toString(16)}:${char}`]))
    expect(differ).toEqual(['8d:Қ', '8e:Һ', '9d:қ', '9e:һ', 'a1:Ұ', 'a2:ұ', 'a3:Ә', 'a5:Ө', 'aa:Ғ', 'af:Ү', 'b4:ө', 'ba:ғ', 'bc:ә', 'bd:Ң', 'be:ң', 'bf:ү'])
  })

  it.each([
    ['empty', new Uint8Array(), /empty\.bin: the file is empty/],
    ['NUL bytes', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]), /binary file/],
    ['control characters', new TextEncoder().encode('\u0001\u0002\u0003\u0004 abc'), /binary file/],
  ])('rejects %s', (_, bytes, message) => {
    expect(() => decodeInput('empty.bin', bytes)).toThrow(ImportError)
    expect(() => decodeInput('empty.bin', bytes)).toThrow(message)
  })
})

describe('a cp1251 policy end to end', () => {
  it('imports like its UTF-8 twin and says which encoding it read', () => {
    const legacy = importPolicy([{name: 'legacy.txt', bytes: encodeCp1251(RUSSIAN)}], {slug: 'legacy'})
    const modern = importPolicy([{name: 'legacy.txt', bytes: new TextEncoder().encode(RUSSIAN)}], {slug: 'legacy'})
    expect(legacy.report.files).toEqual([{name: 'legacy.txt', encoding: 'windows-1251'}])
    expect(legacy.documents).toEqual(modern.documents)
    expect(legacy.report.effectiveFrom).toBe('2021-11-26')
    expect(legacy.report.title).toEqual({ru: 'Политика конфиденциальности'})
    const [first] = sectionsOf(legacy)
    expect(first.heading).toEqual({ru: '1. Общие положения'})
    expect(bodyTexts(first, 'ru')[0]).toMatch(/^1\.1\. Мы храним ваши данные в защищённом/)
  })
})
