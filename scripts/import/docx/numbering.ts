// Word keeps list numbers out of the text: a paragraph says "item of list 3 at level 1", and word/numbering.xml
// says how that level counts ("%1.%2)", decimal, from 1). mammoth's HTML keeps the nesting but loses the
// numbers, and clause numbers are what the kk and ru texts are joined by. So before mammoth reads the file,
// every numbered paragraph of word/document.xml gets its number written in as text ("1.1) "), counted the way
// Word counts: per abstract list, deeper levels restarting when a higher one moves on, a list that overrides
// its start restarting. Bulleted paragraphs stay lists.
import {parseXml, serializeXml} from '../dom'

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

type Level = {start: number; format: string; text: string; legal: boolean; restart?: number; suffix: string; style?: string}
type AbstractList = {levels: Map<number, Level>; styleLink?: string; numStyleLink?: string}
type List = {abstract: string; starts: Map<number, number>; levels: Map<number, Partial<Level>>}
type Style = {basedOn?: string; numId?: string; ilvl?: number}

export type NumberedDocument = {xml: string; numbered: number}

/** word/document.xml with list numbers written into the text; `numbered` counts the paragraphs changed. */
export function writeListNumbers(documentXml: string, numberingXml: string | undefined, stylesXml: string | undefined): NumberedDocument {
  if (!numberingXml) return {xml: documentXml, numbered: 0}
  const numbering = readNumbering(parseXml(numberingXml))
  const styles = stylesXml ? readStyles(parseXml(stylesXml)) : new Map<string, Style>()
  const document = parseXml(documentXml)
  const counters = new Map<string, (number | undefined)[]>()
  const started = new Set<string>()
  let numbered = 0
  for (const paragraph of Array.from(document.getElementsByTagNameNS(W, 'p'))) {
    // A text box is stored twice (mc:Choice, mc:Fallback); mammoth reads the fallback, so counting both would
    // count its list items twice.
    if (insideChoice(paragraph)) continue
    const reference = listOf(paragraph, styles, numbering)
    if (!reference) continue
    const {numId, ilvl} = reference
    const list = numbering.lists.get(numId)!
    const abstractId = resolveAbstract(list.abstract, numbering, styles)
    const abstract = numbering.abstracts.get(abstractId)
    if (!abstract) continue
    const level = (i: number): Level => ({...DEFAULT_LEVEL, ...abstract.levels.get(i), ...list.levels.get(i)})
    if (level(ilvl).format === 'bullet') continue
    const count = counters.get(abstractId) ?? []
    counters.set(abstractId, count)
    // A list instance with its own start values begins again the first time it is used.
    if (!started.has(numId) && list.starts.size) {
      for (const [i, start] of list.starts) {
        count[i] = undefined
        for (let deeper = i + 1; deeper < 9; deeper++) count[deeper] = undefined
        list.levels.set(i, {...list.levels.get(i), start})
      }
    }
    started.add(numId)
    count[ilvl] = count[ilvl] === undefined ? level(ilvl).start : count[ilvl]! + 1
    for (let deeper = ilvl + 1; deeper < 9; deeper++) {
      if (level(deeper).restart !== 0) count[deeper] = undefined
    }
    const label = level(ilvl).text.replace(/%([1-9])/g, (_, n: string) => {
      const i = Number(n) - 1
      const value = count[i] ?? level(i).start
      return formatNumber(value, level(ilvl).legal ? 'decimal' : level(i).format)
    })
    writeLabel(document, paragraph, label + level(ilvl).suffix)
    numbered++
  }
  return {xml: serializeXml(document), numbered}
}

const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006'

function insideChoice(element: Element): boolean {
  for (let node = element.parentElement; node; node = node.parentElement) if (node.namespaceURI === MC && node.localName === 'Choice') return true
  return false
}

const DEFAULT_LEVEL: Level = {start: 1, format: 'decimal', text: '', legal: false, suffix: ' '}

function readNumbering(root: Document) {
  const abstracts = new Map<string, AbstractList>()
  for (const element of children(root.documentElement, 'abstractNum')) {
    const levels = new Map<number, Level>()
    for (const lvl of children(element, 'lvl')) levels.set(Number(attr(lvl, 'ilvl') ?? 0), readLevel(lvl) as Level)
    abstracts.set(attr(element, 'abstractNumId') ?? '', {
      levels,
      styleLink: attr(child(element, 'styleLink'), 'val'),
      numStyleLink: attr(child(element, 'numStyleLink'), 'val'),
    })
  }
  const lists = new Map<string, List>()
  for (const element of children(root.documentElement, 'num')) {
    const starts = new Map<number, number>()
    const levels = new Map<number, Partial<Level>>()
    for (const override of children(element, 'lvlOverride')) {
      const i = Number(attr(override, 'ilvl') ?? 0)
      const start = attr(child(override, 'startOverride'), 'val')
      if (start !== undefined) starts.set(i, Number(start))
      const lvl = child(override, 'lvl')
      if (lvl) levels.set(i, readLevel(lvl))
    }
    lists.set(attr(element, 'numId') ?? '', {abstract: attr(child(element, 'abstractNumId'), 'val') ?? '', starts, levels})
  }
  return {abstracts, lists}
}

function readLevel(lvl: Element): Partial<Level> {
  const level: Partial<Level> = {}
  const start = attr(child(lvl, 'start'), 'val')
  if (start !== undefined) level.start = Number(start)
  const format = attr(child(lvl, 'numFmt'), 'val')
  if (format !== undefined) level.format = format
  const text = attr(child(lvl, 'lvlText'), 'val')
  if (text !== undefined) level.text = text
  if (child(lvl, 'isLgl')) level.legal = attr(child(lvl, 'isLgl'), 'val') !== '0' && attr(child(lvl, 'isLgl'), 'val') !== 'false'
  const restart = attr(child(lvl, 'lvlRestart'), 'val')
  if (restart !== undefined) level.restart = Number(restart)
  const style = attr(child(lvl, 'pStyle'), 'val')
  if (style !== undefined) level.style = style
  const suffix = attr(child(lvl, 'suff'), 'val')
  if (suffix !== undefined) level.suffix = suffix === 'nothing' ? '' : ' '
  return level
}

function readStyles(root: Document): Map<string, Style> {
  const styles = new Map<string, Style>()
  for (const element of children(root.documentElement, 'style')) {
    const numPr = child(child(element, 'pPr'), 'numPr')
    const ilvl = attr(child(numPr, 'ilvl'), 'val')
    styles.set(attr(element, 'styleId') ?? '', {
      basedOn: attr(child(element, 'basedOn'), 'val'),
      numId: attr(child(numPr, 'numId'), 'val'),
      ilvl: ilvl === undefined ? undefined : Number(ilvl),
    })
  }
  return styles
}

/** The list and level of a paragraph: its own numPr, else its style's (through basedOn). */
function listOf(paragraph: Element, styles: Map<string, Style>, numbering: ReturnType<typeof readNumbering>): {numId: string; ilvl: number} | undefined {
  const pPr = child(paragraph, 'pPr')
  const numPr = child(pPr, 'numPr')
  let numId = attr(child(numPr, 'numId'), 'val')
  let ilvl = attr(child(numPr, 'ilvl'), 'val') === undefined ? undefined : Number(attr(child(numPr, 'ilvl'), 'val'))
  const styleId = attr(child(pPr, 'pStyle'), 'val')
  const seen = new Set<string>()
  for (let id = styleId; id && !seen.has(id) && (numId === undefined || ilvl === undefined); id = styles.get(id)?.basedOn) {
    seen.add(id)
    numId ??= styles.get(id)?.numId
    ilvl ??= styles.get(id)?.ilvl
  }
  if (numId === undefined || numId === '0' || !numbering.lists.has(numId)) return undefined
  if (ilvl === undefined && styleId) {
    // A level tied to the paragraph's style (w:lvl/w:pStyle), as outline-numbered headings are.
    const abstract = numbering.abstracts.get(numbering.lists.get(numId)!.abstract)
    for (const [i, level] of abstract?.levels ?? []) if (level.style === styleId) ilvl = i
  }
  return {numId, ilvl: ilvl ?? 0}
}

/** An abstract list that only points at a numbering style takes the list that style names. */
function resolveAbstract(id: string, numbering: ReturnType<typeof readNumbering>, styles: Map<string, Style>): string {
  const seen = new Set<string>()
  let current = id
  while (!seen.has(current)) {
    seen.add(current)
    const link = numbering.abstracts.get(current)?.numStyleLink
    const numId = link ? styles.get(link)?.numId : undefined
    const next = numId ? numbering.lists.get(numId)?.abstract : undefined
    if (!next) break
    current = next
  }
  return current
}

/** The label as a run of its own, formatted like the paragraph mark (as Word draws it), and no list any more. */
function writeLabel(document: Document, paragraph: Element, label: string): void {
  let pPr = child(paragraph, 'pPr')
  if (!pPr) {
    pPr = document.createElementNS(W, 'w:pPr')
    paragraph.insertBefore(pPr, paragraph.firstChild)
  }
  // numId 0: no list, also over a list the paragraph's style would bring.
  const none = document.createElementNS(W, 'w:numPr')
  for (const name of ['w:ilvl', 'w:numId']) {
    const element = document.createElementNS(W, name)
    element.setAttributeNS(W, 'w:val', '0')
    none.append(element)
  }
  const numPr = child(pPr, 'numPr')
  if (numPr) pPr.replaceChild(none, numPr)
  else pPr.append(none)
  if (!label.trim()) return
  const run = document.createElementNS(W, 'w:r')
  const mark = child(pPr, 'rPr')
  if (mark) {
    const rPr = document.createElementNS(W, 'w:rPr')
    for (const property of Array.from(mark.children)) {
      if (!['ins', 'del', 'rPrChange', 'moveFrom', 'moveTo'].includes(property.localName)) rPr.append(property.cloneNode(true))
    }
    run.append(rPr)
  }
  const text = document.createElementNS(W, 'w:t')
  text.setAttributeNS('http://www.w3.org/XML/1998/namespace', 'xml:space', 'preserve')
  text.textContent = label
  run.append(text)
  pPr.after(run)
}

const RUSSIAN_LETTERS = 'абвгдежзиклмнопрстуфхцчшщэюя'

export function formatNumber(value: number, format: string): string {
  switch (format) {
    case 'none':
      return ''
    case 'upperRoman':
      return roman(value)
    case 'lowerRoman':
      return roman(value).toLowerCase()
    case 'upperLetter':
      return letters(value, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')
    case 'lowerLetter':
      return letters(value, 'abcdefghijklmnopqrstuvwxyz')
    case 'russianLower':
      return letters(value, RUSSIAN_LETTERS)
    case 'russianUpper':
      return letters(value, RUSSIAN_LETTERS.toUpperCase())
    case 'decimalZero':
      return String(value).padStart(2, '0')
    default:
      return String(value)
  }
}

/** Word's letter numbering: a … z, then aa … zz, bbb … */
function letters(value: number, alphabet: string): string {
  if (value < 1) return String(value)
  const letter = alphabet[(value - 1) % alphabet.length]
  return letter.repeat(Math.floor((value - 1) / alphabet.length) + 1)
}

function roman(value: number): string {
  if (value < 1 || value > 3999) return String(value)
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']]
  let out = ''
  for (const [n, numeral] of table) {
    while (value >= n) {
      out += numeral
      value -= n
    }
  }
  return out
}

function children(parent: Element | null | undefined, name: string): Element[] {
  return parent ? Array.from(parent.children).filter((element) => element.namespaceURI === W && element.localName === name) : []
}

function child(parent: Element | null | undefined, name: string): Element | undefined {
  return children(parent, name)[0]
}

function attr(element: Element | null | undefined, name: string): string | undefined {
  return element?.getAttributeNS(W, name) ?? undefined
}
