// Source text → paragraph units. Whole HTML pages are parsed as one document; everything else block by block.
import {parseHtmlDocument} from '../dom'
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
