// Turns the bytes of a legacy file into text. Old Russian/Kazakh exports are often cp1251; anything that is
// not valid UTF-8 is read as cp1251, the only legacy Cyrillic code page TextDecoder and the seeds agree on.
import {ImportError} from './errors'

export type Decoded = {text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251'}

const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/g

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
  // Text never holds NUL bytes in UTF-8 or cp1251; images, archives and PDFs do.
  if (bytes.includes(0)) throw new ImportError(name, 'this looks like a binary file (it contains NUL bytes)')
  try {
    return {text: new TextDecoder('utf-8', {fatal: true}).decode(bytes), encoding: 'utf-8'}
  } catch {
    return {text: new TextDecoder('windows-1251').decode(bytes), encoding: 'windows-1251'}
  }
}
