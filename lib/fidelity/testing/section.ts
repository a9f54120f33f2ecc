// Test helper: a Section from plain strings. Each line is a block; a line opening "- " is a bullet list item.
import type {PortableTextBlock, Section} from '@/lib/content/types'

type Columns = {kk?: string; ru?: string; kkHeading?: string; ruHeading?: string; key?: string; anchor?: string}

export function section({kk, ru, kkHeading, ruHeading, key = 's1', anchor}: Columns): Section {
  return {
    key,
    anchor: anchor ?? key,
    heading: {kk: kkHeading, ru: ruHeading},
    body: {kk: kk === undefined ? undefined : blocks(kk), ru: ru === undefined ? undefined : blocks(ru)},
  }
}

export function blocks(text: string): PortableTextBlock[] {
  return text.split('\n').map((line, i) => {
    const bullet = line.startsWith('- ')
    const block: PortableTextBlock = {
      _type: 'block',
      _key: `b${i}`,
      style: 'normal',
      children: [{_type: 'span', _key: `s${i}`, text: bullet ? line.slice(2) : line, marks: []}],
      markDefs: [],
    }
    if (bullet) {
      block.listItem = 'bullet'
      block.level = 1
    }
    return block
  })
}
