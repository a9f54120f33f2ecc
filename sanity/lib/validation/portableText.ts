// What policy text may hold: the features the site renders (normal paragraphs, bullet and numbered lists,
// strong/em, links). The Studio editor only offers these; this check catches what arrives through the API
// or an import, with a path to the offending block.
import {isRecord} from '../sectionValue'
import {isDecorator, isEditorStyle, isListItem} from '../../../lib/content/portable-text-rules'
import {hrefProblem} from './links'

export type BlockProblem = {key: string | number; message: string}

export function portableTextProblems(blocks: unknown): BlockProblem[] {
  if (blocks === undefined || blocks === null) return []
  if (!Array.isArray(blocks)) return [{key: 0, message: 'Expected a list of paragraphs'}]
  return blocks.flatMap((block, index) => {
    const key = isRecord(block) && typeof block._key === 'string' ? block._key : index
    return blockProblems(block).map((message) => ({key, message}))
  })
}

function blockProblems(block: unknown): string[] {
  if (!isRecord(block) || block._type !== 'block') {
    return [`Unsupported content "${isRecord(block) ? String(block._type) : typeof block}": only text paragraphs and lists`]
  }
  const problems: string[] = []
  if (block.style !== undefined && !isEditorStyle(block.style)) {
    problems.push(`Style "${String(block.style)}" is not shown on the site: use normal paragraphs`)
  }
  if (block.listItem !== undefined && !isListItem(block.listItem)) {
    problems.push(`List type "${String(block.listItem)}" is not supported: use bullet or numbered lists`)
  }
  const markDefs = Array.isArray(block.markDefs) ? block.markDefs.filter(isRecord) : []
  const linkKeys = new Set<unknown>()
  for (const def of markDefs) {
    if (def._type !== 'link') problems.push(`Annotation "${String(def._type)}" is not supported: only links`)
    else {
      linkKeys.add(def._key)
      const problem = hrefProblem(def.href)
      if (problem) problems.push(`Link "${String(def.href ?? '')}": ${problem}`)
    }
  }
  const children = Array.isArray(block.children) ? block.children : []
  for (const span of children) {
    if (!isRecord(span) || span._type !== 'span') {
      problems.push('Only text is allowed inside a paragraph')
      continue
    }
    for (const mark of Array.isArray(span.marks) ? span.marks : []) {
      if (!isDecorator(mark) && !linkKeys.has(mark)) {
        problems.push(`Formatting "${String(mark)}" is not supported: only bold, italic and links`)
      }
    }
  }
  return [...new Set(problems)]
}
