// Rewriting a paragraph unit's text while keeping its inline formatting: cutting a label out, putting a clause
// number in front, splitting it in two. Positions are those of inlineText (no whitespace collapsing).
import {collapse, fragment} from './dom'
import {inlineText, sliceInline} from './inline'
import type {Para} from './types'

export function rawText(para: Para): {element: HTMLElement; raw: string} {
  const element = fragment(para.html)
  return {element, raw: inlineText(element)}
}

/** The unit made of the given ranges of its inline text (joined by a space), after an optional plain prefix. */
export function keepRanges(para: Para, ranges: [from: number, to: number][], prefix = ''): Para {
  const {element, raw} = rawText(para)
  const pieces = ranges.map(([from, to]) => sliceInline(element, from, to)).filter((piece) => piece.trim())
  const text = collapse([prefix, ...ranges.map(([from, to]) => raw.slice(from, to))].join(' '))
  const html = [prefix ? escapeHtml(prefix) : '', ...pieces].filter(Boolean).join(' ')
  return {...para, html, text}
}

/** A clause number in front of the unit ("1.1." before "Осы саясат …"), as plain text. */
export function withNumber(para: Para, number: string): Para {
  const {raw} = rawText(para)
  return keepRanges(para, [[0, raw.length]], number)
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}
