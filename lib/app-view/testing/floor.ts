// The floor the app view is measured against: a plain HTML file with the same visible text and nothing else
// (each heading, paragraph and list item as a bare element, no attributes, no styles).
import {JSDOM} from 'jsdom'

const BLOCKS = 'h1,h2,h3,h4,h5,h6,p,li,blockquote'
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;')

export function plainTextFloor(html: string): string {
  const {document} = new JSDOM(html).window
  const blocks = [...document.body.querySelectorAll(BLOCKS)].filter((el) => !el.querySelector(BLOCKS))
  const body = blocks.map((el) => `<${el.localName}>${escape(el.textContent ?? '')}</${el.localName}>`).join('')
  return `<!DOCTYPE html><meta charset="utf-8"><title>${escape(document.title)}</title>${body}`
}
