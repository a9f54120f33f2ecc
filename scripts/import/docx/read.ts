// A Word file (.docx) → HTML, by mammoth (tables with merged cells and header rows, bold, headings, links,
// fields, content controls, tracked insertions: the parts of WordprocessingML a hand-written reader would
// get wrong), after the list numbers Word keeps outside the text are written into it (numbering.ts).
import {ImportError} from '../errors'
import {writeListNumbers} from './numbering'
import {writeZip} from './zip'

export type DocxHtml = {html: string; numbered: number; messages: string[]}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

export async function readDocx(name: string, parts: Map<string, Uint8Array>): Promise<DocxHtml> {
  const main = mainDocument(parts)
  if (!main) throw new ImportError(name, 'a ZIP archive without word/document.xml: not a Word .docx file')
  const text = (path: string | undefined) => (path && parts.has(path) ? new TextDecoder().decode(parts.get(path)) : undefined)
  const related = relationships(text(relsPath(main)) ?? '')
  const folder = main.slice(0, main.lastIndexOf('/') + 1)
  const target = (type: string, fallback: string) => (related.get(type) ? resolve(folder, related.get(type)!) : fallback)
  let numbered = 0
  const rewritten = new Map(parts)
  try {
    const result = writeListNumbers(text(main)!, text(target(`${REL}/numbering`, `${folder}numbering.xml`)), text(target(`${REL}/styles`, `${folder}styles.xml`)))
    numbered = result.numbered
    rewritten.set(main, new TextEncoder().encode(result.xml))
  } catch (error) {
    throw new ImportError(name, `cannot read this Word file (${(error as Error).message})`)
  }
  const {default: mammoth} = await import('mammoth')
  try {
    const result = await mammoth.convertToHtml(
      {buffer: Buffer.from(writeZip([...rewritten], {store: true}))},
      {
        styleMap: ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"],
        convertImage: mammoth.images.imgElement(async () => ({src: ''})),
      },
    )
    return {html: result.value, numbered, messages: result.messages.map((message) => message.message)}
  } catch (error) {
    throw new ImportError(name, `cannot read this Word file (${(error as Error).message.split('\n')[0]})`)
  }
}

/** The main part named by _rels/.rels, else word/document.xml. */
function mainDocument(parts: Map<string, Uint8Array>): string | undefined {
  const rels = parts.get('_rels/.rels')
  const target = rels && relationships(new TextDecoder().decode(rels)).get(`${REL}/officeDocument`)
  const path = target ? resolve('', target) : 'word/document.xml'
  return parts.has(path) ? path : parts.has('word/document.xml') ? 'word/document.xml' : undefined
}

function relsPath(part: string): string {
  const slash = part.lastIndexOf('/')
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`
}

/** Relationship type → target, from a .rels part (first of each type). */
function relationships(xml: string): Map<string, string> {
  const found = new Map<string, string>()
  for (const match of xml.matchAll(/<Relationship\b[^>]*>/g)) {
    const type = /\bType="([^"]*)"/.exec(match[0])?.[1]
    const target = /\bTarget="([^"]*)"/.exec(match[0])?.[1]
    if (type && target && !found.has(type)) found.set(type, target)
  }
  return found
}

function resolve(folder: string, target: string): string {
  const segments = (target.startsWith('/') ? target.slice(1) : folder + target).split('/')
  const out: string[] = []
  for (const segment of segments) {
    if (segment === '..') out.pop()
    else if (segment !== '.') out.push(segment)
  }
  return out.join('/')
}
