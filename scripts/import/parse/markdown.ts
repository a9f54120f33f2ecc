// Markdown (and plain text, its subset) to HTML with marked. Clause numbers must survive: "1. Жалпы" would
// otherwise become an ordered list that renumbers itself, so a leading "N." is escaped, and every clause line
// becomes its own paragraph (plain-text sources put clauses on consecutive lines).
import {Marked} from 'marked'
import {isClauseLine} from '../clauses'

const marked = new Marked({gfm: true, breaks: false})

export type MarkdownPiece = {html: string; lines: string[]; firstLine: number}

/** One blank-line-separated block → pieces, each starting at a clause line. */
export function markdownPieces(lines: string[], firstLine: number): MarkdownPiece[] {
  const pieces: MarkdownPiece[] = []
  lines.forEach((line, i) => {
    if (i === 0 || isClauseLine(line)) pieces.push({html: '', lines: [], firstLine: firstLine + i})
    pieces[pieces.length - 1].lines.push(line)
  })
  for (const piece of pieces) {
    const source = piece.lines.map((line) => line.replace(/^(\s{0,3})(\d{1,3})\.(?=\s|$)/, '$1$2\\.')).join('\n')
    piece.html = marked.parse(source, {async: false})
  }
  return pieces
}

export function inlineMarkdown(text: string): string {
  return marked.parseInline(text.replace(/^(\s{0,3})(\d{1,3})\.(?=\s|$)/, '$1$2\\.'), {async: false})
}
