import {describe, expect, it} from 'vitest'
import {blockProblems} from './block-checks'
import {toBlocks} from './portable-text'
import type {Para} from './types'

const para = (html: string, extra: Partial<Para> = {}): Para => ({file: 'f.html', line: 7, kind: 'para', html, text: html, bold: false, ...extra})

describe('toBlocks', () => {
  const warnings: string[] = []
  const blocks = toBlocks(
    [
      para('Мы <strong>не</strong> продаём <em>ваши</em> данные: <a href="https://example.org/a">сайт</a>, <a href="tel:+77000000000">телефон</a>.'),
      para('<a href="ftp://example.org/file">архив</a> и <a href="/relative">страница</a>'),
      para('пункт списка', {kind: 'item', list: 'bullet', level: 2}),
    ],
    'seed',
    warnings,
  )

  it('gives valid blocks with marks, links and list fields', () => {
    expect(blockProblems(blocks)).toEqual([])
    const [first, second, third] = blocks
    expect(first.children.map((s) => [s.text, s.marks])).toEqual([
      ['Мы ', []], ['не', ['strong']], [' продаём ', []], ['ваши', ['em']], [' данные: ', []],
      ['сайт', [first.markDefs![0]._key]], [', ', []], ['телефон', [first.markDefs![1]._key]], ['.', []],
    ])
    expect(first.markDefs!.map((def) => def.href)).toEqual(['https://example.org/a', 'tel:+77000000000'])
    expect(second).toMatchObject({markDefs: [], children: [{text: 'архив и страница', marks: []}]})
    expect(third).toMatchObject({listItem: 'bullet', level: 2, style: 'normal'})
  })

  it('drops other links with a warning naming file and line', () => {
    expect(warnings).toEqual([
      'f.html:7: link "ftp://example.org/file" dropped (only http(s), mailto and tel links are kept)',
      'f.html:7: link "/relative" dropped (only http(s), mailto and tel links are kept)',
    ])
  })

  it('derives every key from the seed, the position and the text', () => {
    const again = toBlocks([para('Мы <strong>не</strong> продаём данные.')], 'seed', [])
    expect(toBlocks([para('Мы <strong>не</strong> продаём данные.')], 'seed', [])).toEqual(again)
    expect(toBlocks([para('Мы <strong>не</strong> продаём данные.')], 'other', [])[0]._key).not.toBe(again[0]._key)
    expect(toBlocks([para('Мы продаём данные.')], 'seed', [])[0]._key).not.toBe(again[0]._key)
  })
})

describe('bold set on a whole paragraph', () => {
  const marks = (html: string, extra: Partial<Para> = {}) => toBlocks([para(html, extra)], 'seed', [])[0].children.map((s) => s.marks)

  it('is dropped from a clause that reads as a sentence: page formatting, not emphasis', () => {
    expect(marks('<strong>4.2.1. Пользователь выразил согласие на такие действия.</strong>')).toEqual([[]])
    expect(marks('<strong>4.2. Персональная информация не передается, за исключением случаев:</strong>')).toEqual([[]])
  })

  it('is kept on short heading-like lines, on headings and on emphasis inside a paragraph', () => {
    expect(marks('<strong>4. Обработка информации о Пользователях</strong>')).toEqual([['strong']])
    expect(marks('4. Обработка информации о Пользователях.', {kind: 'heading'})).toEqual([['strong']])
    expect(marks('<strong>1.1.1.</strong> Приложение собирает данные.')).toEqual([['strong'], []])
  })
})
