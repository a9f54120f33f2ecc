import {describe, expect, it} from 'vitest'
import {DECORATORS, EDITOR_STYLES, LIST_ITEMS} from '../../../lib/content/portable-text-rules'
import {blockContent} from './blockContent'

type Block = {styles: {value: string}[]; lists: {value: string}[]; marks: {decorators: {value: string}[]}}

describe('blockContent', () => {
  it('offers editors exactly what lib/content/portable-text-rules.ts allows', () => {
    const block = (blockContent as unknown as {of: Block[]}).of[0]
    expect(block.styles.map((s) => s.value)).toEqual([...EDITOR_STYLES])
    expect(block.lists.map((l) => l.value)).toEqual([...LIST_ITEMS])
    expect(block.marks.decorators.map((d) => d.value)).toEqual([...DECORATORS])
  })
})
