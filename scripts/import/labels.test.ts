import {describe, expect, it} from 'vitest'
import {findLabel, readLabels, startsWithLabel} from './labels'
import type {Para} from './types'

const para = (text: string, line = 1): Para => ({file: 'f', line, kind: 'para', html: text, text, bold: false})

describe('findLabel', () => {
  it.each([
    ['RU: Текст', 'ru', 0, 4],
    ['KZ: Мәтін', 'kk', 0, 4],
    ['KK: Мәтін', 'kk', 0, 4],
    ['KAZ : Мәтін', 'kk', 0, 6],
    ['РУС: 1.1. Текст', 'ru', 0, 5],
    ['ҚАЗ: Мәтін', 'kk', 0, 5],
    ['Рус. Текст', 'ru', 0, 5],
    ['Қаз. Мәтін', 'kk', 0, 5],
    ['[RU] Текст', 'ru', 0, 5],
    ['1.1. RU: Текст', 'ru', 5, 9],
    ['1.1)\u00a0KZ:\u00a0Мәтін', 'kk', 5, 9],
    ['п. 2.3. РУС: Текст', 'ru', 8, 13],
    ['II. KZ: ЖАЛПЫ', 'kk', 4, 8],
  ])('%s', (text, locale, start, end) => {
    expect(findLabel(text)).toEqual({locale, start, end})
  })

  it.each(['Русский язык является', 'Казахстан', 'RUB 100', 'Рус', '1.1. Ru-сегмент', 'Қазақ тілі'])('%s has none', (text) => {
    expect(findLabel(text)).toBeUndefined()
  })

  it('sees a label behind Markdown bold at the start of a line', () => {
    expect(startsWithLabel('**RU:** Текст')).toBe(false)
    expect(startsWithLabel('**RU: Текст**')).toBe(true)
    expect(startsWithLabel('Текст')).toBe(false)
  })
})

describe('readLabels', () => {
  it('cuts the label, keeps the number, hints the language', () => {
    const [unit] = readLabels([para('1.1. RU: Настоящая политика.')])
    expect(unit).toMatchObject({text: '1.1. Настоящая политика.', hint: {locale: 'ru', from: 'label'}})
  })

  it('numbers the unnumbered line after a numbered one in the other language', () => {
    const units = readLabels([para('1.1. RU: Настоящая политика.', 1), para('KZ: Осы саясат.', 2), para('KZ: Тағы бір жол.', 3)])
    expect(units.map((unit) => unit.text)).toEqual(['1.1. Настоящая политика.', '1.1. Осы саясат.', 'Тағы бір жол.'])
    expect(units.map((unit) => unit.hint?.locale)).toEqual(['ru', 'kk', 'kk'])
  })

  it('gives no number across an unlabelled line or to a line of the same language', () => {
    expect(readLabels([para('1.1. RU: Текст.'), para('Обычная строка.'), para('KZ: Мәтін.')]).map((u) => u.text)).toEqual(['1.1. Текст.', 'Обычная строка.', 'Мәтін.'])
    expect(readLabels([para('1.1. RU: Текст.'), para('RU: Ещё текст.')]).map((u) => u.text)).toEqual(['1.1. Текст.', 'Ещё текст.'])
  })

  it('keeps inline formatting around the cut', () => {
    const [unit] = readLabels([{...para('x'), html: '<strong>2.1.</strong> <em>KZ:</em> Мәтін <a href="https://example.kz">сілтеме</a>', text: '2.1. KZ: Мәтін сілтеме'}])
    expect(unit.html).toBe('<strong>2.1.</strong> Мәтін <a href="https://example.kz">сілтеме</a>')
    expect(unit.text).toBe('2.1. Мәтін сілтеме')
  })
})
