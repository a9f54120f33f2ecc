// Reads Portable Text defensively: sections come from editors and imports, so any shape may turn up.
import type {PortableTextBlock} from '@/lib/content/types'

export type ColumnText = {
  /** One line per block (the heading first when given), so a clause number opening a paragraph opens a line. */
  text: string
  /** Targets of links (http(s), mailto, tel), which may name an address the visible text does not. */
  hrefs: string[]
  /** Blocks that are list items. */
  listItems: number
}

export function columnText(heading: unknown, body: unknown): ColumnText {
  const blocks = Array.isArray(body) ? body.filter(isTextBlock) : []
  const lines = blocks.map(blockText)
  if (typeof heading === 'string' && heading.trim()) lines.unshift(heading)
  return {
    text: lines.join('\n'),
    hrefs: blocks.flatMap((b) => (b.markDefs ?? []).map((d) => d?.href).filter((h): h is string => typeof h === 'string')),
    listItems: blocks.filter((b) => typeof b.listItem === 'string' && b.listItem.length > 0).length,
  }
}

export function hasText(value: unknown): boolean {
  if (typeof value === 'string') return value.trim().length > 0
  return Array.isArray(value) && value.filter(isTextBlock).some((b) => blockText(b).trim().length > 0)
}

function blockText(block: PortableTextBlock): string {
  return (Array.isArray(block.children) ? block.children : [])
    .map((child) => (child && typeof child.text === 'string' ? child.text : ''))
    .join('')
}

function isTextBlock(value: unknown): value is PortableTextBlock {
  return typeof value === 'object' && value !== null && (value as {_type?: unknown})._type === 'block'
}
