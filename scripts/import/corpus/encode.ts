// Encoders for the corpus's legacy files: the inverse of the importer's decoders, so the round trip is tested.
import {singleByteTable} from '../decode'

export function encodeSingleByte(text: string, encoding: 'windows-1251' | 'kz-1048'): Uint8Array {
  const table = singleByteTable(encoding)
  const codes = new Map([...table].map((char, byte) => [char, byte]))
  return Uint8Array.from([...text], (char) => {
    const byte = char.codePointAt(0)! < 0x80 ? char.codePointAt(0)! : codes.get(char)
    if (byte === undefined) throw new Error(`${encoding} has no "${char}"`)
    return byte
  })
}

export function encodeUtf16le(text: string, {bom = true} = {}): Uint8Array {
  const units = [...(bom ? [0xfeff] : []), ...Array.from(text, (char) => char.charCodeAt(0))]
  const bytes = new Uint8Array(units.length * 2)
  units.forEach((unit, i) => {
    bytes[2 * i] = unit & 0xff
    bytes[2 * i + 1] = unit >> 8
  })
  return bytes
}

/** Kazakh letters that windows-1251 lacks, as Word writes them into a cp1251 HTML file: numeric references. */
export function kazakhAsReferences(text: string): string {
  return text.replace(/[әғқңөұүһӘҒҚҢӨҰҮҺ]/g, (char) => `&#${char.codePointAt(0)};`)
}
