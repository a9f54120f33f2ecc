// What makes a Portable Text block valid for the site and Studio; shared by the importer's tests.
import {isSafeHref} from '@/lib/content/links'
import {DECORATORS, isEditorStyle, isListItem} from '@/lib/content/portable-text-rules'
import type {PortableTextBlock} from '@/lib/content/types'

/** Problems of one block array (empty when valid). */
export function blockProblems(blocks: unknown): string[] {
  if (!Array.isArray(blocks) || blocks.length === 0) return ['not a non-empty array']
  const problems: string[] = []
  const keys = new Set<string>()
  for (const block of blocks as PortableTextBlock[]) {
    const where = `block ${block._key}`
    if (block._type !== 'block') problems.push(`${where}: _type ${block._type}`)
    if (!block._key || keys.has(block._key)) problems.push(`${where}: missing or repeated _key`)
    keys.add(block._key!)
    if (!isEditorStyle(block.style)) problems.push(`${where}: style ${block.style}`)
    if (block.listItem && (!isListItem(block.listItem) || !Number.isInteger(block.level))) problems.push(`${where}: bad list`)
    const defs = block.markDefs
    if (!Array.isArray(defs)) problems.push(`${where}: no markDefs`)
    for (const def of defs ?? []) {
      if (def._type !== 'link' || !def._key || !isSafeHref(def.href)) problems.push(`${where}: bad markDef ${JSON.stringify(def)}`)
    }
    const allowed = new Set<string>([...DECORATORS, ...(defs ?? []).map((def) => def._key)])
    if (!block.children?.length) problems.push(`${where}: no children`)
    const spanKeys = new Set<string>()
    for (const span of block.children ?? []) {
      if (span._type !== 'span' || typeof span.text !== 'string' || !span._key || spanKeys.has(span._key)) problems.push(`${where}: bad span`)
      spanKeys.add(span._key!)
      for (const mark of span.marks ?? []) if (!allowed.has(mark)) problems.push(`${where}: unknown mark ${mark}`)
    }
    if (!block.children?.some((span) => span.text.trim())) problems.push(`${where}: no text`)
  }
  return problems
}
