import {gunzipSync, gzipSync} from 'node:zlib'
import {describe, expect, it} from 'vitest'
import {floorHtml, gzipSize} from './floor'

describe('floorHtml', () => {
  it('puts each non-empty line of the text in its own escaped paragraph', () => {
    const html = floorHtml({text: 'Саясат <1>\n\n  Деректер & т.б.  \n', title: 'A & B', lang: 'kk'})
    expect(html).toContain('<html lang="kk">')
    expect(html).toContain('<title>A &amp; B</title>')
    expect(html.match(/<p>/g)).toHaveLength(2)
    expect(html).toContain('<p>Саясат &lt;1&gt;</p>')
    expect(html).toContain('<p>Деректер &amp; т.б.</p>')
  })

  it('measures gzip as sent: the gzipped bytes, which unpack to the input', () => {
    const text = 'дерек '.repeat(500)
    expect(gzipSize(text)).toBe(gzipSync(text).length)
    expect(gzipSize(text)).toBeLessThan(Buffer.byteLength(text) / 10)
    expect(gunzipSync(gzipSync(text)).toString()).toBe(text)
  })
})
