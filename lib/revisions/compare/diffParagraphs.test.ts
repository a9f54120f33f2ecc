import {describe, expect, it} from 'vitest'
import {diffParagraphs} from './diffParagraphs'
import type {DiffPart} from './types'

const show = (paragraphs: DiffPart[][]) =>
  paragraphs.map((parts) =>
    parts.map(({kind, text}) => (kind === 'same' ? text : kind === 'insert' ? `[+${text}]` : `[-${text}]`)).join(''),
  )

describe('diffParagraphs', () => {
  it('keeps untouched paragraphs whole and diffs the edited one word by word', () => {
    const before = ['Бірінші абзац.', 'Екінші абзац мәтіні.', 'Үшінші.']
    const after = ['Бірінші абзац.', 'Екінші абзац жаңа мәтіні.', 'Жаңа абзац.', 'Үшінші.']
    expect(show(diffParagraphs(before, after))).toEqual([
      'Бірінші абзац.',
      'Екінші абзац [+жаңа] мәтіні.',
      '[+Жаңа абзац.]',
      'Үшінші.',
    ])
  })

  it('shows a removed paragraph as deleted', () => {
    expect(show(diffParagraphs(['а', 'ескі абзац', 'б'], ['а', 'б']))).toEqual(['а', '[-ескі абзац]', 'б'])
  })

  it('treats splitting or joining paragraphs as no change', () => {
    const split = diffParagraphs(['бір екі үш төрт'], ['бір екі', 'үш төрт'])
    expect(show(split)).toEqual(['бір екі', 'үш төрт'])
    expect(split.flat().every((part) => part.kind === 'same')).toBe(true)
    expect(show(diffParagraphs(['бір екі', 'үш төрт'], ['бір екі үш төрт']))).toEqual(['бір екі', 'үш төрт'])
  })

  it('diffs several edited paragraphs in one stretch without mixing them up', () => {
    const before = ['1.1. Оператор собирает данные.', '1.2. Оператор хранит данные.']
    const after = ['1.1. Оператор собирает сведения.', '1.2. Оператор хранит данные пять лет.']
    expect(show(diffParagraphs(before, after))).toEqual([
      '1.1. Оператор собирает [-данные] [+сведения].',
      '1.2. Оператор хранит данные [+пять лет].',
    ])
  })

  it('handles a body added or removed as a whole', () => {
    expect(show(diffParagraphs([], ['а б', 'в']))).toEqual(['[+а б]', '[+в]'])
    expect(show(diffParagraphs(['а'], []))).toEqual(['[-а]'])
    expect(diffParagraphs([], [])).toEqual([])
  })

  it('still diffs word by word when a long stretch has more edits than one diff may take', () => {
    // 40 paragraphs, each with a few words changed, and one paragraph inserted in the middle.
    const words = (p: number) => Array.from({length: 20}, (_, w) => `сөз${p}x${w}`)
    const before = Array.from({length: 40}, (_, p) => words(p).join(' '))
    const after = Array.from({length: 40}, (_, p) => words(p).map((w, i) => (i % 5 === 2 ? `жаңа${w}` : w)).join(' '))
    after.splice(20, 0, 'мүлде жаңа абзац')
    const result = diffParagraphs(before, after)
    expect(result).toHaveLength(41)
    expect(show([result[20]])).toEqual(['[+мүлде жаңа абзац]'])
    for (const paragraph of [...result.slice(0, 20), ...result.slice(21)]) {
      expect(paragraph.filter((part) => part.kind === 'insert')).toHaveLength(4)
      expect(paragraph.filter((part) => part.kind === 'same').length).toBeGreaterThan(3)
    }
  })

  it('shows a rewritten paragraph as deleted and its replacement as inserted, ignoring scattered common words', () => {
    const result = diffParagraphs(['и в на по с для или'], ['и к от из у для при'])
    expect(show(result)).toEqual(['[-и в на по с для или]', '[+и к от из у для при]'])
  })
})
