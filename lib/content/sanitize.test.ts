import {beforeEach, describe, expect, it, vi} from 'vitest'
import type {ContentProblem} from './report'
import {cleanBlocks, cleanLocalizedText} from './sanitize'

const problems: ContentProblem[] = []
vi.mock('./report', () => ({reportProblem: (problem: ContentProblem) => problems.push(problem)}))
beforeEach(() => {
  problems.length = 0
})

const where = {documentId: 'doc', field: 'body.kk'}
const span = (text: string, marks: unknown[] = []) => ({_type: 'span', text, marks})
const block = (children: unknown, extra: Record<string, unknown> = {}) => ({_type: 'block', markDefs: [], children, ...extra})
const fields = () => problems.map((p) => `${p.field}: ${p.message}`)

describe('cleanLocalizedText', () => {
  it('reports each side that is not a string, keeping the other', () => {
    expect(cleanLocalizedText({kk: {nested: {deeper: 'x'}}, ru: 'Текст'}, 'doc', 'title')).toEqual({kk: undefined, ru: 'Текст'})
    expect(fields()).toEqual(['title.kk: expected a string; ignored'])
  })

  it('says nothing about missing sides (a policy in one language)', () => {
    expect(cleanLocalizedText({kk: 'Мәтін', ru: null}, 'doc', 'title')).toEqual({kk: 'Мәтін', ru: undefined})
    expect(problems).toEqual([])
  })
})

describe('cleanBlocks', () => {
  it('names null and non-object blocks by what they are', () => {
    cleanBlocks([null, 'text', {_type: 'image'}], where)
    expect(fields()).toEqual([
      'body.kk[0]: unknown block type "null"; not rendered',
      'body.kk[1]: unknown block type "string"; not rendered',
      'body.kk[2]: unknown block type "image"; not rendered',
    ])
  })

  it('reports a block whose children are not an array, and drops it', () => {
    expect(cleanBlocks([block(null), block([span('kept')])], where)).toHaveLength(1)
    expect(fields()).toEqual(['body.kk[0].children: expected an array of spans; block not rendered'])
  })

  it('reports unknown marks once per block and keeps the text without them', () => {
    const [cleaned] = cleanBlocks([block([span('a', ['underline', 'strong']), span('b', ['underline', 'code'])])], where)!
    expect(cleaned.children.map((c) => c.marks)).toEqual([['strong'], []])
    expect(fields()).toEqual(['body.kk[0].marks: "underline", "code" not supported; text shown without them'])
  })

  it('reports an unsafe link once, not again as an unknown mark', () => {
    const [cleaned] = cleanBlocks([block([span('click', ['l'])], {markDefs: [{_type: 'link', _key: 'l', href: 'javascript:alert(1)'}]})], where)!
    expect(cleaned.children[0].marks).toEqual([])
    expect(fields()).toEqual(['body.kk[0].markDefs: link "javascript:alert(1)" is not http(s), mailto or tel; kept as plain text'])
  })

  it('quotes an href so that a line break in it cannot print a report line of its own', () => {
    cleanBlocks([block([span('x', ['l'])], {markDefs: [{_type: 'link', _key: 'l', href: 'java\nscript:1\n[content] forged x: y'}]})], where)
    expect(problems).toHaveLength(1)
    expect(problems[0].message).not.toContain('\n')
    expect(problems[0].message).toContain('java\\nscript:1\\n[content] forged')
  })

  it('clamps deep lists and reports the depth once for the whole list', () => {
    const items = Array.from({length: 50}, (_, i) => block([span(`item ${i + 1}`)], {listItem: 'bullet', level: i + 1}))
    const cleaned = cleanBlocks(items, where)!
    expect(Math.max(...cleaned.map((b) => b.level ?? 0))).toBe(4)
    expect(fields()).toEqual(['body.kk: lists nested 50 levels deep; shown at most 4 deep'])
  })

  it('strips bidi overrides and zero-width characters from text', () => {
    const [cleaned] = cleanBlocks([block([span('\u202Eabc\u202C d\u200Be\uFEFF\u2066f\u2069')])], where)!
    expect(cleaned.children[0].text).toBe('abc def')
    expect(problems).toEqual([])
  })
})
