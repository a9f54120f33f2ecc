// The floor a page is weighed against: a plain static HTML file holding the same visible text, gzipped.
import {gzipSync} from 'node:zlib'

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** Minimal markup for `text` (as `innerText` gives it): one `<p>` per non-empty line. */
export function floorHtml({text, title, lang}: {text: string; title: string; lang: string}): string {
  const paragraphs = text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => `<p>${escape(line)}</p>`)
  return [
    `<!doctype html><html lang="${escape(lang)}"><head><meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width,initial-scale=1"><title>${escape(title)}</title></head><body>`,
    ...paragraphs,
    '</body></html>',
  ].join('\n')
}

/** gzip as a server sends it (zlib's default level, like Next's compression). */
export const gzipSize = (content: string | Buffer) => gzipSync(content).length
