// Source text → paragraph units. Whole HTML pages are parsed as one document; everything else block by block.
// A Word file arrives as mammoth's HTML and is walked like a page, placed by paragraph and table row.
import {collapse, parseHtmlDocument} from '../dom'
import type {Dropped, Para} from '../types'
import {walkHtml} from './html'
import {makeLocator} from './locate'
import {parseMixed} from './text'

const WHOLE_PAGE = /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i

export function parseSource(file: string, text: string): {paras: Para[]; dropped: Dropped[]} {
  const dropped: Dropped[] = []
  if (WHOLE_PAGE.test(text) || /\.html?$/i.test(file)) {
    const locate = makeLocator(text.split('\n'), 1)
    const body = parseHtmlDocument(text).body
    unwrapSourceLines(body)
    return {paras: walkHtml(body, {file, locate, origin: 'html', dropped}), dropped}
  }
  return {paras: parseMixed(file, text, dropped), dropped}
}

export function parseWordHtml(file: string, html: string): {paras: Para[]; dropped: Dropped[]} {
  const dropped: Dropped[] = []
  const body = parseHtmlDocument(`<!doctype html><body>${html}`).body
  // Footnotes and endnotes (mammoth lists them at the end, linked from "[1]" marks) are not policy text here.
  for (const note of Array.from(body.querySelectorAll('li[id^="footnote-"], li[id^="endnote-"]'))) {
    dropped.push({file, line: 0, place: 'notes', text: collapse(note.textContent ?? ''), reason: 'footnote or endnote'})
    const list = note.parentElement!
    note.remove()
    if (!list.children.length) list.remove()
  }
  for (const mark of Array.from(body.querySelectorAll('sup > a[href^="#footnote-"], sup > a[href^="#endnote-"]'))) mark.parentElement!.remove()
  return {paras: walkHtml(body, {file, locate: () => 0, origin: 'html', dropped, word: {paragraphs: 0}}), dropped}
}

/**
 * HTML editors (Word above all) wrap their source lines inside paragraphs; such a line break is a space. Only
 * <br> breaks a line of an HTML page.
 */
function unwrapSourceLines(root: Element): void {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* SHOW_TEXT */)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeValue?.includes('\n') && !node.parentElement?.closest('pre')) node.nodeValue = node.nodeValue.replace(/[ \t]*\n[ \t]*/g, ' ')
  }
}
