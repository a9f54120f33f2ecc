// Turns the bytes of a legacy text file into text. UTF-8 and UTF-16 (with a byte order mark, or without one
// when every other byte says so) are read as such; anything else is a Cyrillic single-byte code page:
// windows-1251, or KZ-1048 (the Kazakh Windows code page, windows-1251 with 16 letters swapped for Kazakh
// ones) when those positions sit inside words.
import {ImportError} from './errors'

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251' | 'kz-1048'
export type Decoded = {text: string; encoding: Encoding}

const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/g

/** Where KZ-1048 differs from windows-1251: Kazakh letters instead of Serbian, Macedonian and Ukrainian ones. */
const KZ_1048: Record<number, string> = {
  0x8d: 'Қ', 0x8e: 'Һ', 0x9d: 'қ', 0x9e: 'һ', 0xa1: 'Ұ', 0xa2: 'ұ', 0xa3: 'Ә', 0xa5: 'Ө',
  0xaa: 'Ғ', 0xaf: 'Ү', 0xb4: 'ө', 0xba: 'ғ', 0xbc: 'ә', 0xbd: 'Ң', 0xbe: 'ң', 0xbf: 'ү',
}

const tables = new Map<string, string>()

/** The 256 characters of a single-byte code page, by byte. */
export function singleByteTable(encoding: 'windows-1251' | 'kz-1048'): string {
  let table = tables.get(encoding)
  if (!table) {
    const cp1251 = new TextDecoder('windows-1251').decode(Uint8Array.from({length: 256}, (_, i) => i))
    table = encoding === 'kz-1048' ? [...cp1251].map((char, byte) => KZ_1048[byte] ?? char).join('') : cp1251
    tables.set(encoding, table)
  }
  return table
}

export function decodeInput(name: string, bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new ImportError(name, 'the file is empty')
  const decoded = decodeBytes(name, bytes)
  const text = decoded.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  if (!text.trim()) throw new ImportError(name, 'the file holds only whitespace')
  const controls = text.match(CONTROL)?.length ?? 0
  if (controls > 0 && controls / text.length > 0.01) {
    throw new ImportError(name, 'this looks like a binary file, not HTML, Markdown or plain text')
  }
  return {...decoded, text}
}

function decodeBytes(name: string, bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return {text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le'}
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return {text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be'}
  const wide = utf16WithoutMark(bytes)
  if (wide) return {text: new TextDecoder(wide).decode(bytes), encoding: wide}
  // Text never holds NUL bytes in UTF-8 or a single-byte code page; images, archives and PDFs do.
  if (bytes.includes(0)) throw new ImportError(name, 'this looks like a binary file (it contains NUL bytes)')
  try {
    return {text: new TextDecoder('utf-8', {fatal: true}).decode(bytes), encoding: 'utf-8'}
  } catch {
    const encoding = looksKz1048(bytes) ? 'kz-1048' : 'windows-1251'
    const table = singleByteTable(encoding)
    let text = ''
    for (const byte of bytes) text += table[byte]
    return {text, encoding}
  }
}

/**
 * UTF-16 saved without a byte order mark: Kazakh and Russian letters are U+04xx and ASCII is U+00xx, so the
 * high byte of nearly every code unit is 0x00 or 0x04.
 */
function utf16WithoutMark(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 8 || bytes.length % 2) return undefined
  const share = (first: number) => {
    let high = 0
    for (let i = first; i < bytes.length; i += 2) if (bytes[i] === 0 || bytes[i] === 4) high++
    return high / (bytes.length / 2)
  }
  const cyrillic = (first: number) => {
    for (let i = first; i < bytes.length; i += 2) if (bytes[i] === 4) return true
    return false
  }
  if (share(1) > 0.95 && share(0) < 0.5 && cyrillic(1)) return 'utf-16le'
  if (share(0) > 0.95 && share(1) < 0.5 && cyrillic(0)) return 'utf-16be'
  return undefined
}

/** A byte of KZ-1048's Kazakh letters next to a Cyrillic letter, at least twice: no Russian text does that. */
function looksKz1048(bytes: Uint8Array): boolean {
  const letter = (byte: number | undefined) => byte !== undefined && (byte >= 0xc0 || byte === 0xa8 || byte === 0xb8 || byte === 0xb2 || byte === 0xb3 || byte in KZ_1048)
  let hits = 0
  bytes.forEach((byte, i) => {
    if (byte in KZ_1048 && (letter(bytes[i - 1]) || letter(bytes[i + 1]))) hits++
  })
  return hits >= 2
}
