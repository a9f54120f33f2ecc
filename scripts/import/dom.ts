// One jsdom window for the whole import. Creating documents is what costs in jsdom (each one sets up selector
// engines and listeners), so paragraphs are parsed into detached elements of one document instead.
import {JSDOM} from 'jsdom'

const {window} = new JSDOM('')
const parser = new window.DOMParser()
const serializer = new window.XMLSerializer()
const scratch = window.document.implementation.createHTMLDocument('')

export const NodeFilter = window.NodeFilter

/** A new document: for whole HTML pages, once per file. */
export function parseHtmlDocument(html: string): Document {
  return parser.parseFromString(html, 'text/html')
}

/**
 * The same scratch document every time, its body replaced: for parsers that want a Document and read it at
 * once (htmlToBlocks). Not for keeping.
 */
export function reuseHtmlDocument(html: string): Document {
  scratch.body.innerHTML = html
  return scratch
}

/** A detached <div> holding the given inline or block HTML. */
export function fragment(html: string): HTMLElement {
  const div = window.document.createElement('div')
  div.innerHTML = html
  return div
}

/** Whitespace (including no-break spaces) collapsed to single spaces, trimmed. */
export function collapse(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim()
}

const EDGE_BREAKS = /^(?:\s|&nbsp;|<br\s*\/?>)+|(?:\s|&nbsp;|<br\s*\/?>)+$/g

export function trimHtml(html: string): string {
  return html.replace(EDGE_BREAKS, '')
}

/** An XML document (the parts of a Word file); throws on XML that does not parse. */
export function parseXml(xml: string): Document {
  const document = parser.parseFromString(xml, 'application/xml')
  if (document.getElementsByTagName('parsererror').length) throw new Error('malformed XML')
  return document
}

export function serializeXml(document: Document): string {
  return serializer.serializeToString(document)
}
