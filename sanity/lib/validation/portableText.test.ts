import {describe, expect, it} from 'vitest'
import {block} from '../testing/blocks'
import {portableTextProblems} from './portableText'

describe('portableTextProblems', () => {
  it('accepts paragraphs, lists, strong/em and safe links', () => {
    const linked = block('see', {markDefs: [{_type: 'link', _key: 'l1', href: 'mailto:a@b.kz'}]})
    linked.children[0].marks = ['l1', 'strong'] as never[]
    const blocks = [block('Text'), block('Item', {listItem: 'bullet', level: 1}), block('One', {listItem: 'number'}), linked]
    expect(portableTextProblems(blocks)).toEqual([])
    expect(portableTextProblems(undefined)).toEqual([])
  })

  it('flags what the site does not render, at the block it sits in', () => {
    const heading = block('Title', {style: 'h1'})
    const badLink = block('x', {markDefs: [{_type: 'link', _key: 'l1', href: 'javascript:alert(1)'}]})
    const underline = block('u')
    underline.children[0].marks = ['underline'] as never[]
    const problems = portableTextProblems([heading, {_type: 'image', _key: 'img'}, badLink, underline])
    expect(problems.map((p) => p.key)).toEqual([heading._key, 'img', badLink._key, underline._key])
    expect(portableTextProblems('text')).toHaveLength(1)
  })
})
