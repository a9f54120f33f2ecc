// Cutting inline HTML at positions of its text, keeping the formatting around each piece: a heading that
// shares its line with the first sentence, clauses run together, lines of one <p>. Positions count the
// characters of text nodes, and one for each <br>.
import {NodeFilter, trimHtml} from './dom'

type Boundary = {node: Node; offset: number}

/** The text of an element with <br> as "\n" (no whitespace collapsing, so positions stay exact). */
export function inlineText(root: Node): string {
  let text = ''
  walk(root, (node) => {
    text += isBreak(node) ? '\n' : (node.nodeValue ?? '')
  })
  return text
}

/** The HTML between two text positions, with the ancestors (strong, a …) of the cut pieces kept. */
export function sliceInline(root: Element, from: number, to: number): string {
  const document = root.ownerDocument
  const range = document.createRange()
  const start = boundaryAt(root, from)
  const end = boundaryAt(root, to)
  range.setStart(start.node, start.offset)
  range.setEnd(end.node, end.offset)
  const holder = document.createElement('div')
  holder.append(range.cloneContents())
  return trimHtml(holder.innerHTML)
}

/** Splits an element's inline content at the given positions (ascending). */
export function splitInline(root: Element, cuts: number[]): string[] {
  const edges = [0, ...cuts, inlineText(root).length]
  return edges.slice(1).map((end, i) => sliceInline(root, edges[i], end))
}

function boundaryAt(root: Element, position: number): Boundary {
  let seen = 0
  let found: Boundary | undefined
  walk(root, (node) => {
    if (found) return
    if (isBreak(node)) {
      if (position <= seen) found = {node: node.parentNode!, offset: indexOf(node)}
      seen += 1
      return
    }
    const length = node.nodeValue?.length ?? 0
    if (position <= seen + length) found = outermost(root, node, position - seen, length)
    seen += length
  })
  return found ?? {node: root, offset: root.childNodes.length}
}

/** At the edge of a text node, the boundary moves out of the elements around it, so slices keep <b>…</b>. */
function outermost(root: Element, text: Node, offset: number, length: number): Boundary {
  if (offset !== 0 && offset !== length) return {node: text, offset}
  const atStart = offset === 0
  let node = text
  while (node.parentNode && node.parentNode !== root) {
    const siblings = node.parentNode.childNodes
    if (siblings[atStart ? 0 : siblings.length - 1] !== node) break
    node = node.parentNode
  }
  if (!node.parentNode) return {node: text, offset}
  return {node: node.parentNode, offset: indexOf(node) + (atStart ? 0 : 1)}
}

function walk(root: Node, visit: (node: Node) => void): void {
  const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 3 || isBreak(node)) visit(node)
  }
}

function isBreak(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).tagName === 'BR'
}

function indexOf(node: Node): number {
  return Array.prototype.indexOf.call(node.parentNode!.childNodes, node)
}
