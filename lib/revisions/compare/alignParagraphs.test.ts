import {describe, expect, it} from 'vitest'
import {alignParagraphs} from './alignParagraphs'
import {tokenize} from './tokenize'

const align = (a: string[], b: string[]) => alignParagraphs(a.map(tokenize), b.map(tokenize))

describe('alignParagraphs', () => {
  it('pairs edited versions of the same paragraph in order', () => {
    expect(align(['бір екі үш төрт', 'бес алты жеті сегіз'], ['бір екі үш бес', 'бес алты жеті тоғыз'])).toEqual([
      {a: 0, b: 0},
      {a: 1, b: 1},
    ])
  })

  it('leaves a new paragraph unpaired between two edited ones', () => {
    const before = ['бір екі үш төрт', 'бес алты жеті сегіз']
    const after = ['бір екі үш', 'мүлде басқа жаңа абзац', 'бес алты жеті']
    expect(align(before, after)).toEqual([{a: 0, b: 0}, {b: 1}, {a: 1, b: 2}])
  })

  it('does not pair paragraphs with too few words in common', () => {
    expect(align(['бір екі үш төрт'], ['бес алты жеті сегіз'])).toEqual([{a: 0}, {b: 0}])
  })
})
