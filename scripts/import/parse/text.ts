// Sources that are not whole HTML pages: Markdown, plain text, and the mixtures legacy exports produce
// (a tab-separated "Рус / Каз" table whose cells hold raw HTML, followed by Markdown chunks). Each
// blank-line-separated block is read on its own, so a line number can be given for each paragraph; a line
// marked with its language ("RU: …") starts a block of its own.
import {collapse, fragment} from '../dom'
import {startsWithLabel} from '../labels'
import type {Dropped, Para} from '../types'
import {walkHtml, type WalkContext} from './html'
import {makeLocator} from './locate'
import {inlineMarkdown, markdownPieces} from './markdown'

type Block = {firstLine: number; lines: string[]}

const HTML_START = /^\s*<(p|div|h[1-6]|ul|ol|li|table|tr|td|th|blockquote|section|article|br|b|strong|i|em|span|a|font|center)\b[^>]*>/i
const SEPARATOR_CELL = /^[\s:|\-–—=]*$/

export function parseMixed(file: string, text: string, dropped: Dropped[]): Para[] {
  return blocks(text).flatMap((block) => {
    if (block.lines.every((line) => line.includes('\t')) && !block.lines.some(startsWithLabel)) return tableRows(file, block, dropped)
    if (HTML_START.test(block.lines[0])) return htmlChunk(file, block.lines, block.firstLine, dropped)
    return markdownPieces(block.lines, block.firstLine).flatMap((piece) =>
      walkHtml(fragment(piece.html), context(file, piece.lines, piece.firstLine, 'markdown', dropped)),
    )
  })
}

function blocks(text: string): Block[] {
  const result: Block[] = []
  let current: Block | undefined
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return void (current = undefined)
    // "KZ: …" after "1.1. RU: …" is a paragraph of its own, even without a blank line between them.
    if (startsWithLabel(line)) current = undefined
    if (!current) result.push((current = {firstLine: i + 1, lines: []}))
    current.lines.push(line)
  })
  return result
}

/** Each row's cells in turn: the language of every paragraph is detected later, so column order is free. */
function tableRows(file: string, block: Block, dropped: Dropped[]): Para[] {
  return block.lines.flatMap((line, row) => {
    const cells = line.split('\t').map((cell) => cell.trim())
    const lineNumber = block.firstLine + row
    if (cells.every((cell) => SEPARATOR_CELL.test(cell))) return []
    if (row === 0 && block.lines.length > 1 && isHeaderRow(cells)) {
      dropped.push({file, line: lineNumber, text: cells.join(' | '), reason: 'table header'})
      return []
    }
    return cells.flatMap((cell) => {
      if (SEPARATOR_CELL.test(cell)) return []
      const html = HTML_START.test(cell) ? cell : `<p>${inlineMarkdown(cell)}</p>`
      return htmlChunk(file, [html], lineNumber, dropped)
    })
  })
}

/** Column labels such as "Рус | Каз": short, no digits, no sentence. */
function isHeaderRow(cells: string[]): boolean {
  return cells.every((cell) => {
    const text = collapse(fragment(cell).textContent ?? '')
    return text.length <= 30 && text.split(' ').length <= 3 && !/[\d.;:]/.test(text)
  })
}

function htmlChunk(file: string, lines: string[], firstLine: number, dropped: Dropped[]): Para[] {
  return walkHtml(fragment(lines.join('\n')), context(file, lines, firstLine, 'html', dropped))
}

function context(file: string, lines: string[], firstLine: number, origin: WalkContext['origin'], dropped: Dropped[]): WalkContext {
  return {file, locate: makeLocator(lines, firstLine), origin, dropped}
}
