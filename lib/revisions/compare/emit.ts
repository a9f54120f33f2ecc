import type {Segment} from './segments'
import {PARAGRAPH_BREAK, type Token} from './tokenize'
import type {PartWriter} from './writer'

/**
 * Writes segments as parts. Common words take the newer text's spacing. In a change, all deleted words come before
 * all inserted ones ("~~old phrase~~ new phrase"), and the space in front of a changed run stays outside the
 * `<del>`/`<ins>`, so underlines and strike-throughs cover words only.
 */
export function emitSegments(writer: PartWriter, a: Token[], b: Token[], segments: Segment[]): void {
  for (const segment of segments) {
    if (segment.same) {
      emitRun(writer, 'same', b, segment.b0, segment.b1)
      continue
    }
    emitRun(writer, 'delete', a, segment.a0, segment.a1)
    const separator = segment.a1 > segment.a0 ? separatorAfter(a[segment.a1 - 1], b[segment.b0]) : undefined
    emitRun(writer, 'insert', b, segment.b0, segment.b1, separator)
  }
}

// A word, number or address token, as opposed to a lone punctuation mark.
const WORDLIKE = /[\p{L}\p{N}]/u

/** Deleted and inserted words side by side need a space between them even where the source had none. */
function separatorAfter(deleted: Token, inserted: Token | undefined): string | undefined {
  if (!inserted || inserted.lead) return undefined
  return WORDLIKE.test(deleted.text) && WORDLIKE.test(inserted.text) ? ' ' : undefined
}

function emitRun(
  writer: PartWriter,
  kind: 'same' | 'insert' | 'delete',
  tokens: Token[],
  from: number,
  to: number,
  firstLead?: string,
) {
  let first = true
  for (let i = from; i < to; i++) {
    const token = tokens[i]
    if (token.key === PARAGRAPH_BREAK.key) {
      writer.breakParagraph()
      first = true
      continue
    }
    writer.push(first ? 'same' : kind, i === from && firstLead !== undefined ? firstLead : token.lead)
    writer.push(kind, token.text)
    first = false
  }
}
