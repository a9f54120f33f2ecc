import {describe, expect, it} from 'vitest'
import type {PortableTextBlock} from '@/lib/content/types'
import {blocksToParagraphs, blocksToText} from './blocksToText'
import {block} from './testSections'

describe('blocksToParagraphs', () => {
  it('makes one paragraph per block, joining its spans', () => {
    const styled: PortableTextBlock = {
      _type: 'block',
      children: [
        {_type: 'span', text: 'Жазыңыз: '},
        {_type: 'span', text: 'info@site.kz', marks: ['link1']},
      ],
      markDefs: [{_type: 'link', _key: 'link1', href: 'mailto:info@site.kz'}],
    }
    expect(blocksToParagraphs([block('Бірінші.'), styled])).toEqual(['Бірінші.', 'Жазыңыз: info@site.kz'])
  })

  it('prefixes bullets and numbers items per list and level, restarting after a paragraph', () => {
    const blocks = [
      block('Кіріспе'),
      block('бір', {listItem: 'number'}),
      block('екі', {listItem: 'number'}),
      block('ішкі', {listItem: 'bullet', level: 2}),
      block('ішкі нөмір', {listItem: 'number', level: 2}),
      block('үш', {listItem: 'number'}),
      block('Аралық'),
      block('қайта', {listItem: 'number'}),
    ]
    expect(blocksToParagraphs(blocks)).toEqual([
      'Кіріспе', '1. бір', '2. екі', '• ішкі', '1. ішкі нөмір', '3. үш', 'Аралық', '1. қайта',
    ])
  })

  it('skips empty blocks and missing bodies', () => {
    expect(blocksToParagraphs([block('  '), block('мәтін')])).toEqual(['мәтін'])
    expect(blocksToParagraphs(undefined)).toEqual([])
  })

  it('joins paragraphs with blank lines as plain text', () => {
    expect(blocksToText([block('а'), block('б', {listItem: 'bullet'})])).toBe('а\n\n• б')
  })
})
