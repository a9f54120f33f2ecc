// A minimal .docx writer for the test corpus: paragraphs and tables of runs (bold, tabs), paragraph styles,
// numbered lists defined in word/numbering.xml (their numbers are not in the text, as Word keeps them),
// header rows and merged cells. What Word itself writes for such documents, without the parts no reader needs.
import {writeZip} from '../docx/zip'

export type Run = {text: string; bold?: boolean} | {tab: true}
export type Paragraph = {runs: Run[]; style?: 'Title' | 'Heading1' | 'Heading2'; num?: {id: number; level: number}; align?: 'center'}
export type Cell = {paras: Paragraph[]; span?: number}
export type Row = {cells: Cell[]; header?: boolean}
export type Table = {rows: Row[]}
export type Block = Paragraph | Table

export type Level = {format: 'decimal' | 'upperRoman' | 'lowerLetter' | 'bullet'; text: string; start?: number}
export type Numbering = {
  abstracts: {id: number; levels: Level[]}[]
  /** `restart`: this list starts again at its levels' start values (a `w:startOverride` for level 0). */
  nums: {id: number; abstract: number; restart?: boolean}[]
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

export const p = (...runs: (Run | string)[]): Paragraph => ({runs: runs.map((run) => (typeof run === 'string' ? {text: run} : run))})
export const b = (text: string): Run => ({text, bold: true})
export const tab: Run = {tab: true}

export function docx(blocks: Block[], numbering?: Numbering): Uint8Array {
  const parts: [string, string][] = [
    ['[Content_Types].xml', contentTypes(Boolean(numbering))],
    ['_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`],
    ['word/_rels/document.xml.rels', documentRels(Boolean(numbering))],
    ['word/document.xml', documentXml(blocks)],
    ['word/styles.xml', STYLES],
  ]
  if (numbering) parts.push(['word/numbering.xml', numberingXml(numbering)])
  return writeZip(parts)
}

function contentTypes(numbering: boolean): string {
  const main = 'application/vnd.openxmlformats-officedocument.wordprocessingml'
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="${main}.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="${main}.styles+xml"/>${numbering ? `<Override PartName="/word/numbering.xml" ContentType="${main}.numbering+xml"/>` : ''}</Types>`
}

function documentRels(numbering: boolean): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/>${numbering ? `<Relationship Id="rId2" Type="${REL}/numbering" Target="numbering.xml"/>` : ''}</Relationships>`
}

function documentXml(blocks: Block[]): string {
  const body = blocks.map((block) => ('rows' in block ? table(block) : paragraph(block))).join('')
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}" xmlns:r="${REL}"><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`
}

function paragraph(para: Paragraph): string {
  const props = [
    para.style ? `<w:pStyle w:val="${para.style}"/>` : '',
    para.num ? `<w:numPr><w:ilvl w:val="${para.num.level}"/><w:numId w:val="${para.num.id}"/></w:numPr>` : '',
    para.align ? `<w:jc w:val="${para.align}"/>` : '',
  ].join('')
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${para.runs.map(run).join('')}</w:p>`
}

function run(value: Run): string {
  if ('tab' in value) return '<w:r><w:tab/></w:r>'
  const props = value.bold ? '<w:rPr><w:b/><w:bCs/></w:rPr>' : ''
  return `<w:r>${props}<w:t xml:space="preserve">${escapeXml(value.text)}</w:t></w:r>`
}

function table(value: Table): string {
  const columns = Math.max(...value.rows.map((row) => row.cells.reduce((sum, cell) => sum + (cell.span ?? 1), 0)))
  const grid = Array.from({length: columns}, () => `<w:gridCol w:w="${Math.floor(9000 / columns)}"/>`).join('')
  const rows = value.rows.map((row) => {
    const props = row.header ? '<w:trPr><w:tblHeader/></w:trPr>' : ''
    const cells = row.cells.map((cell) => {
      const span = cell.span && cell.span > 1 ? `<w:gridSpan w:val="${cell.span}"/>` : ''
      return `<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/>${span}</w:tcPr>${cell.paras.map(paragraph).join('') || '<w:p/>'}</w:tc>`
    })
    return `<w:tr>${props}${cells.join('')}</w:tr>`
  })
  return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows.join('')}</w:tbl>`
}

function numberingXml(numbering: Numbering): string {
  const abstracts = numbering.abstracts.map((abstract) => {
    const levels = abstract.levels.map((level, i) =>
      `<w:lvl w:ilvl="${i}"><w:start w:val="${level.start ?? 1}"/><w:numFmt w:val="${level.format}"/><w:lvlText w:val="${escapeXml(level.text)}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${360 * (i + 1)}" w:hanging="360"/></w:pPr></w:lvl>`,
    )
    return `<w:abstractNum w:abstractNumId="${abstract.id}"><w:multiLevelType w:val="multilevel"/>${levels.join('')}</w:abstractNum>`
  })
  const nums = numbering.nums.map((num) => {
    const override = num.restart ? '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>' : ''
    return `<w:num w:numId="${num.id}"><w:abstractNumId w:val="${num.abstract}"/>${override}</w:num>`
  })
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="${W}">${abstracts.join('')}${nums.join('')}</w:numbering>`
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W}"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:rPr><w:b/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:rPr><w:b/></w:rPr></w:style><w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style></w:styles>`

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}
