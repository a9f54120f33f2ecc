// Walks parsed HTML (a source's own, or what marked made of Markdown) into paragraph units: headings,
// paragraphs and list items, each with its inline HTML. Navigation and scripts are left out.
import {isBareClauseNumber} from '../clauses'
import {collapse, fragment} from '../dom'
import {inlineText, sliceInline, splitInline} from '../inline'
import type {Cell, Dropped, Para} from '../types'
import {groupLines} from './lines'
import type {Locator} from './locate'

export type WalkContext = {
  file: string
  locate: Locator
  /** Markdown and plain text break lines with meaning; HTML sources do not. */
  origin: 'html' | 'markdown'
  dropped: Dropped[]
  /** A Word file: units are placed by paragraph and table row ("table 1, row 5"), as it has no lines. */
  word?: {paragraphs: number}
  /** Tables seen so far, and the cell being walked. */
  tables?: number
  cell?: Cell
}

type ListState = {type: 'bullet' | 'number'; level: number}

const CONTAINERS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'BLOCKQUOTE', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TD', 'TH', 'CENTER', 'FIGURE', 'BODY', 'DL', 'FORM'])
const TEXT_BLOCKS = new Set(['P', 'DT', 'DD', 'FIGCAPTION', 'ADDRESS', 'PRE', 'CAPTION'])
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6'])
const IGNORED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'SVG', 'IFRAME', 'BUTTON', 'HR', 'IMG', 'INPUT', 'SELECT'])
const NAVIGATION = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE'])

export function walkHtml(root: Element, context: WalkContext): Para[] {
  const out: Para[] = []
  walkChildren(root, context, out, undefined)
  return out
}

function walkChildren(parent: Element, context: WalkContext, out: Para[], item: ListState | undefined): void {
  let run: Node[] = []
  const flush = () => {
    if (run.length) emitNodes(run, item ? 'item' : 'para', context, out, item)
    run = []
  }
  for (const child of Array.from(parent.childNodes)) {
    const tag = child.nodeType === 1 ? (child as Element).tagName : ''
    if (child.nodeType === 3 || (tag && !isBlock(tag))) {
      run.push(child)
      continue
    }
    flush()
    if (!tag) continue
    const element = child as Element
    if (NAVIGATION.has(tag)) dropNavigation(element, context)
    else if (HEADINGS.has(tag)) emitNodes([...element.childNodes], 'heading', context, out, undefined)
    else if (TEXT_BLOCKS.has(tag)) emitNodes([...element.childNodes], item ? 'item' : 'para', context, out, item)
    else if (tag === 'UL' || tag === 'OL') walkList(element, context, out, item)
    else if (tag === 'TABLE') walkTable(element as HTMLTableElement, context, out, item)
    else if (tag === 'LI') walkChildren(element, context, out, item ?? {type: 'bullet', level: 1})
    else if (CONTAINERS.has(tag)) walkChildren(element, context, out, item)
  }
  flush()
}

function walkList(list: Element, context: WalkContext, out: Para[], outer: ListState | undefined): void {
  const state: ListState = {type: list.tagName === 'OL' ? 'number' : 'bullet', level: (outer?.level ?? 0) + 1}
  for (const child of Array.from(list.children)) walkChildren(child, context, out, state)
}

/** Each cell with its place in the table (merged cells counted by their span), so rows can be read whole. */
function walkTable(table: HTMLTableElement, context: WalkContext, out: Para[], item: ListState | undefined): void {
  const index = (context.tables = (context.tables ?? 0) + 1)
  const outer = context.cell
  Array.from(table.rows).forEach((row, r) => {
    let column = 0
    for (const cell of Array.from(row.cells)) {
      const span = Math.max(1, cell.colSpan || 1)
      const header = cell.tagName === 'TH' || row.parentElement?.tagName === 'THEAD'
      context.cell = {table: index, row: r + 1, column, header, ...(span > 1 ? {span} : {})}
      walkChildren(cell, context, out, item)
      column += span
    }
  })
  context.cell = outer
}

function isBlock(tag: string): boolean {
  return CONTAINERS.has(tag) || TEXT_BLOCKS.has(tag) || HEADINGS.has(tag) || IGNORED.has(tag) || NAVIGATION.has(tag) || ['UL', 'OL', 'LI'].includes(tag)
}

function dropNavigation(element: Element, context: WalkContext): void {
  const text = collapse(element.textContent ?? '')
  if (text) context.dropped.push({file: context.file, line: context.locate(text), text, reason: `<${element.tagName.toLowerCase()}> is site navigation`})
}

/** One block's inline nodes → units: split where a bold clause number starts a new clause, then by lines. */
function emitNodes(nodes: Node[], kind: Para['kind'], context: WalkContext, out: Para[], item: ListState | undefined): void {
  const holder = nodes[0].ownerDocument!.createElement('div')
  for (const node of nodes) holder.append(node.cloneNode(true))
  if (!collapse(holder.textContent ?? '')) return
  if (kind === 'heading') return void out.push(unit(holder.innerHTML, kind, context, item))
  for (const piece of splitInline(holder, clauseStarts(holder))) {
    const element = fragment(piece)
    const lines = inlineText(element).split('\n')
    if (lines.length === 1 || (context.origin === 'html' && lines.filter((l) => l.trim().endsWith(';')).length < 2)) {
      out.push(unit(piece, kind, context, item))
      continue
    }
    const starts = lineStarts(lines)
    for (const group of groupLines(lines, context.origin === 'markdown')) {
      const html = sliceInline(element, starts[group.start], starts[group.end] + lines[group.end].length)
      const listed = group.item ? {type: 'bullet' as const, level: (item?.level ?? 0) + 1} : item
      out.push(unit(html, group.item || item ? 'item' : kind, context, listed))
    }
  }
}

/** Text positions of bold clause numbers that follow other text ("…  **2.2.** …"). */
function clauseStarts(holder: Element): number[] {
  const cuts: number[] = []
  for (const bold of Array.from(holder.querySelectorAll('b, strong'))) {
    if (!isBareClauseNumber(bold.textContent ?? '')) continue
    const range = holder.ownerDocument.createRange()
    range.setStart(holder, 0)
    range.setEndBefore(bold)
    const before = inlineText(range.cloneContents())
    if (collapse(before)) cuts.push(before.length)
  }
  return cuts
}

function lineStarts(lines: string[]): number[] {
  let position = 0
  return lines.map((line) => {
    const start = position
    position += line.length + 1
    return start
  })
}

function unit(html: string, kind: Para['kind'], context: WalkContext, item: ListState | undefined): Para {
  const element = fragment(html)
  const text = collapse(inlineText(element))
  const para: Para = {file: context.file, line: context.locate(text), kind, html, text, bold: isAllBold(element)}
  if (kind === 'item' && item) Object.assign(para, {list: item.type, level: item.level})
  if (context.cell) para.cell = {...context.cell}
  if (context.word) {
    para.line = ++context.word.paragraphs
    para.place = context.cell ? `table ${context.cell.table}, row ${context.cell.row}` : `paragraph ${para.line}`
  }
  return para
}

function isAllBold(element: Element): boolean {
  const walker = element.ownerDocument.createTreeWalker(element, 4 /* SHOW_TEXT */)
  let any = false
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!collapse(node.nodeValue ?? '')) continue
    if (!node.parentElement?.closest('b, strong')) return false
    any = true
  }
  return any
}
