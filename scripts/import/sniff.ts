// What kind of file an input is, from its first bytes (never from its name): a Word .docx (a ZIP archive with
// word/document.xml), text (HTML, Markdown, plain), or a format the importer does not read, refused with what
// to do instead.
import {readZip, ZipError} from './docx/zip'
import {ImportError} from './errors'

export type Sniffed = {format: 'docx'; parts: Map<string, Uint8Array>} | {format: 'text'}

const SAVE_AS_DOCX = 'open it in Word or LibreOffice, save it as .docx (Word Document) and import that'

export function sniff(name: string, bytes: Uint8Array): Sniffed {
  const starts = (...signature: number[]) => signature.every((byte, i) => bytes[i] === byte)
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0x50, 0x4b, 0x05, 0x06)) {
    let parts: Map<string, Uint8Array>
    try {
      parts = readZip(bytes)
    } catch (error) {
      if (error instanceof ZipError) throw new ImportError(name, `a damaged ZIP archive or Word file (${error.message})`)
      throw error
    }
    const mimetype = parts.get('mimetype') && new TextDecoder().decode(parts.get('mimetype'))
    if (mimetype?.startsWith('application/vnd.oasis.opendocument')) throw new ImportError(name, `an OpenDocument file (.odt): not read; ${SAVE_AS_DOCX}`)
    if (![...parts.keys()].some((path) => /(^|\/)document\.xml$/.test(path))) throw new ImportError(name, 'a ZIP archive, not a Word .docx file')
    return {format: 'docx', parts}
  }
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) throw new ImportError(name, `a Word 97–2003 file (.doc), which is not read: ${SAVE_AS_DOCX}`)
  if (starts(0x25, 0x50, 0x44, 0x46)) throw new ImportError(name, 'a PDF, which is not read: import the Word file it was made from (.docx), or its text')
  if (starts(0x7b, 0x5c, 0x72, 0x74, 0x66)) throw new ImportError(name, `an RTF file, which is not read: ${SAVE_AS_DOCX}`)
  return {format: 'text'}
}
