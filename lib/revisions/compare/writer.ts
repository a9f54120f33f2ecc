import type {DiffPart, DiffParagraph} from './types'

/** Collects parts into paragraphs, merging neighbours of one kind and dropping whitespace that opens a paragraph. */
export type PartWriter = {
  push(kind: DiffPart['kind'], text: string): void
  breakParagraph(): void
  paragraphs(): DiffParagraph[]
}

export function createPartWriter(): PartWriter {
  const paragraphs: DiffParagraph[] = [[]]
  return {
    push(kind, text) {
      const current = paragraphs[paragraphs.length - 1]
      if (!text || (current.length === 0 && kind === 'same' && !text.trim())) return
      const last = current[current.length - 1]
      if (last?.kind === kind) last.text += text
      else current.push({kind, text: current.length === 0 ? text.trimStart() : text})
    },
    breakParagraph() {
      if (paragraphs[paragraphs.length - 1].length > 0) paragraphs.push([])
    },
    paragraphs: () => paragraphs.filter((paragraph) => paragraph.length > 0),
  }
}
