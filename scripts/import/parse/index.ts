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
    return {paras: walkHtml(parseHtmlDocument(text).body, {file, locate, origin: 'html', dropped}), dropped}
  }
  return {paras: parseMixed(file, text, dropped), dropped}
}
