// Word files: the ZIP container, list numbers from word/numbering.xml, and mammoth's HTML through the importer.
// The .docx files are built here with the corpus's writer (corpus/docx-writer.ts).
import {describe, expect, it} from 'vitest'
import {b, docx, p, type Numbering} from '../corpus/docx-writer'
import {importInputs, importPolicy} from '../index'
import {bodyTexts, sectionsOf} from '../test-helpers'
import {formatNumber, writeListNumbers} from './numbering'
import {readZip, writeZip, ZipError} from './zip'

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes)

describe('zip', () => {
  it('reads back what it writes, stored or deflated, names in UTF-8', () => {
    const entries: [string, string][] = [['word/document.xml', '<w:document/>'.repeat(50)], ['Қазақша.txt', 'мәтін']]
    for (const store of [false, true]) {
      const read = readZip(writeZip(entries, {store}))
      expect([...read].map(([name, data]) => [name, text(data)])).toEqual(entries)
    }
  })

  it('writes the same bytes every time', () => {
    expect(writeZip([['a.txt', 'x']])).toEqual(writeZip([['a.txt', 'x']]))
  })

  it('throws ZipError on a cut or damaged archive', () => {
    const whole = writeZip([['a.txt', 'text '.repeat(100)]])
    expect(() => readZip(whole.slice(0, 60))).toThrow(ZipError)
    const damaged = whole.slice()
    damaged[40] ^= 0xff
    damaged[41] ^= 0xff
    expect(() => readZip(damaged)).toThrow(ZipError)
  })
})

/** The paragraphs' text after the numbers are written in (numbered paragraphs become plain ones). */
function numbered(body: string, numbering: string, styles?: string): string[] {
  const {xml} = writeListNumbers(`<w:document ${W}><w:body>${body}</w:body></w:document>`, `<w:numbering ${W}>${numbering}</w:numbering>`, styles && `<w:styles ${W}>${styles}</w:styles>`)
  return [...xml.matchAll(/<w:p\b[\s\S]*?<\/w:p>/g)].map((m) => [...m[0].matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''))
}

const item = (num: number, level: number, words: string) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${num}"/></w:numPr></w:pPr><w:r><w:t>${words}</w:t></w:r></w:p>`
const level = (i: number, format: string, lvlText: string, start = 1) => `<w:lvl w:ilvl="${i}"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${lvlText}"/></w:lvl>`
const OUTLINE = `<w:abstractNum w:abstractNumId="0">${level(0, 'decimal', '%1.')}${level(1, 'decimal', '%1.%2)')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`

describe('list numbers from word/numbering.xml', () => {
  it('counts levels, restarting the deeper ones, and writes lvlText', () => {
    const body = [item(1, 0, 'А'), item(1, 1, 'а'), item(1, 1, 'б'), item(1, 0, 'Б'), item(1, 1, 'в')].join('')
    expect(numbered(body, OUTLINE)).toEqual(['1. А', '1.1) а', '1.2) б', '2. Б', '2.1) в'])
  })

  it('continues a list through other lists sharing its definition, and restarts one with a start override', () => {
    const numbering = `${OUTLINE}<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`
    const body = [item(1, 0, 'a'), item(2, 0, 'b'), item(3, 0, 'c'), item(3, 1, 'd'), item(3, 0, 'e')].join('')
    expect(numbered(body, numbering)).toEqual(['1. a', '2. b', '1. c', '1.1) d', '2. e'])
  })

  it('counts each list on its own through the cells of a table', () => {
    const numbering = `${OUTLINE}<w:abstractNum w:abstractNumId="1">${level(0, 'decimal', '%1.')}</w:abstractNum><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>`
    const row = (kk: string, ru: string) => `<w:tr><w:tc>${item(1, 0, kk)}</w:tc><w:tc>${item(2, 0, ru)}</w:tc></w:tr>`
    expect(numbered(`<w:tbl>${row('бір', 'один')}${row('екі', 'два')}</w:tbl>`, numbering)).toEqual(['1. бір', '1. один', '2. екі', '2. два'])
  })

  it('reads the list of a paragraph style, and numId 0 as no list', () => {
    const styles = '<w:style w:type="paragraph" w:styleId="Heading1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style><w:style w:type="paragraph" w:styleId="Clause"><w:basedOn w:val="Heading1"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>'
    const styled = (style: string, words: string, extra = '') => `<w:p><w:pPr><w:pStyle w:val="${style}"/>${extra}</w:pPr><w:r><w:t>${words}</w:t></w:r></w:p>`
    const body = styled('Heading1', 'Жалпы') + styled('Clause', 'Бірінші') + styled('Heading1', 'Нөмірсіз', '<w:numPr><w:numId w:val="0"/></w:numPr>') + styled('Heading1', 'Екінші')
    expect(numbered(body, OUTLINE, styles)).toEqual(['1. Жалпы', '1.1) Бірінші', 'Нөмірсіз', '2. Екінші'])
  })

  it('counts a text box once: mammoth reads its fallback copy, not its choice', () => {
    const box = `<w:p><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps"><w:txbxContent>${item(1, 0, 'x')}</w:txbxContent></mc:Choice><mc:Fallback><w:pict><w:txbxContent>${item(1, 0, 'x')}</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`
    expect(numbered(item(1, 0, 'a') + box + item(1, 0, 'b'), OUTLINE).filter(Boolean)).toEqual(['1. a', 'x', '2. x', '3. b'])
  })

  it('leaves bullets alone and writes Roman numerals, letters and legal numbering', () => {
    const numbering = `<w:abstractNum w:abstractNumId="0">${level(0, 'upperRoman', '%1.')}${level(1, 'russianLower', '%2)')}${level(2, 'bullet', '•')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`
    const body = [item(1, 0, 'A'), item(1, 1, 'b'), item(1, 2, 'c'), item(1, 0, 'D')].join('')
    expect(numbered(body, numbering)).toEqual(['I. A', 'а) b', 'c', 'II. D'])
    expect([1, 4, 9, 14, 2024].map((n) => formatNumber(n, 'upperRoman'))).toEqual(['I', 'IV', 'IX', 'XIV', 'MMXXIV'])
    expect([1, 26, 27].map((n) => formatNumber(n, 'lowerLetter'))).toEqual(['a', 'z', 'aa'])
    expect([1, 9, 10, 28, 29].map((n) => formatNumber(n, 'russianLower'))).toEqual(['а', 'и', 'к', 'я', 'аа'])
    expect(formatNumber(3, 'decimalZero')).toBe('03')
  })
})

describe('a Word file through the importer', () => {
  const numbering: Numbering = {abstracts: [{id: 0, levels: [{format: 'decimal', text: '%1.'}, {format: 'decimal', text: '%1.%2.'}]}], nums: [{id: 1, abstract: 0}, {id: 2, abstract: 0, restart: true}]}
  const file = docx([
    {...p('Құпиялылық саясаты'), style: 'Title'},
    {...p('Жалпы ережелер'), num: {id: 1, level: 0}},
    {...p('Біз деректерді қорғаймыз.'), num: {id: 1, level: 1}},
    {...p('Біз деректерді сатпаймыз.'), num: {id: 1, level: 1}},
    {...p('Политика конфиденциальности'), style: 'Title'},
    {...p('Общие положения'), num: {id: 2, level: 0}},
    {...p('Мы защищаем данные.'), num: {id: 2, level: 1}},
    {...p('Мы не продаём данные.'), num: {id: 2, level: 1}},
    {rows: [{cells: [{paras: [p(b('Ескерту'))]}, {paras: [p(b('Примечание'))]}]}]},
  ], numbering)

  it('numbers the clauses as Word shows them and aligns them', async () => {
    const result = await importInputs([{name: 'policy.docx', bytes: file}], {slug: 'word', effectiveFrom: '2024-01-01'})
    const [section] = sectionsOf(result)
    expect(result.report.files).toEqual([{name: 'policy.docx', encoding: 'docx'}])
    expect(result.report.title).toEqual({kk: 'Құпиялылық саясаты', ru: 'Политика конфиденциальности'})
    expect(section.heading).toEqual({kk: '1. Жалпы ережелер', ru: '1. Общие положения'})
    expect(bodyTexts(section, 'kk').slice(0, 2)).toEqual(['1.1. Біз деректерді қорғаймыз.', '1.2. Біз деректерді сатпаймыз.'])
    expect(bodyTexts(section, 'ru').slice(0, 2)).toEqual(['1.1. Мы защищаем данные.', '1.2. Мы не продаём данные.'])
    expect(result.report.clauses.map((clause) => [clause.number, clause.from])).toEqual([
      ['1', {kk: 'policy.docx (paragraph 2)', ru: 'policy.docx (paragraph 6)'}],
      ['1.1', {kk: 'policy.docx (paragraph 3)', ru: 'policy.docx (paragraph 7)'}],
      ['1.2', {kk: 'policy.docx (paragraph 4)', ru: 'policy.docx (paragraph 8)'}],
    ])
  })

  it('says a Word file needs the asynchronous entry point', () => {
    expect(() => importPolicy([{name: 'policy.docx', bytes: file}], {slug: 'word'})).toThrow(/policy\.docx: a Word file: read it with importInputs or importFiles/)
  })
})
