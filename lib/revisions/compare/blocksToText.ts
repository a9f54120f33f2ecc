import type {PortableTextBlock} from '@/lib/content/types'

/**
 * One plain-text paragraph per Portable Text block, for diffing. List items carry their marker ("• ", or "1. "
 * numbered per list and level) so that turning a paragraph into a list item, or renumbering, shows as a change.
 * Blocks without text are left out: an empty paragraph is not content.
 */
export function blocksToParagraphs(blocks: readonly PortableTextBlock[] | undefined): string[] {
  const paragraphs: string[] = []
  // Running number per list level; a block that is not a numbered item at a level ends that level's list.
  const counters: number[] = []
  for (const block of blocks ?? []) {
    if (block?._type !== 'block' || !Array.isArray(block.children)) continue
    const level = Math.max(1, block.level ?? 1)
    counters.length = block.listItem ? level : 0
    if (block.listItem === 'number') counters[level - 1] = (counters[level - 1] ?? 0) + 1
    else if (block.listItem) counters[level - 1] = 0
    const text = block.children.map((span) => span?.text ?? '').join('').trim()
    if (!text) continue
    const marker = block.listItem === 'number' ? `${counters[level - 1]}. ` : block.listItem ? '• ' : ''
    paragraphs.push(marker + text)
  }
  return paragraphs
}

/** The same text as one string, paragraphs separated by a blank line. */
export function blocksToText(blocks: readonly PortableTextBlock[] | undefined): string {
  return blocksToParagraphs(blocks).join('\n\n')
}
