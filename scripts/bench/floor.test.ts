import {createHash} from 'node:crypto'
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

  it('measures gzip as sent: the size of a gzip stream of the UTF-8 bytes, framing included', () => {
    // gzip of nothing is its framing alone: a 10-byte header, an empty final block (2), CRC-32 (4) and length (4).
    expect(gzipSize('')).toBe(20)
    // Text counts as its UTF-8 bytes (Cyrillic and Kazakh letters are two bytes each), not as characters.
    const kazakh = 'Құпиялылық саясаты: деректер қалай өңделеді.'
    expect(gzipSize(kazakh)).toBe(gzipSize(Buffer.from(kazakh, 'utf8')))
    expect(gzipSize(kazakh)).not.toBe(gzipSize(Buffer.from(kazakh, 'latin1')))
    // Repetitive text shrinks a lot; bytes that do not compress cost their length plus the framing.
    const text = 'дерек '.repeat(500)
    expect(gzipSize(text)).toBeLessThan(Buffer.byteLength(text) / 10)
    const noise = Buffer.concat(Array.from({length: 313}, (_, i) => createHash('sha256').update(String(i)).digest())).subarray(0, 10_000)
    expect(gzipSize(noise)).toBeGreaterThanOrEqual(10_000)
    expect(gzipSize(noise)).toBeLessThan(10_000 + 64)
  })
})
