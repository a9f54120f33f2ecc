// Bilingual tables (Word, HTML): a header row naming the languages is cut and kept as a hint for its columns;
// a clause number that sits in a column of its own ("№ | Қазақша | Русский") or in one language's cell only
// is put in front of the row's other cells, so both languages carry it. Which cell is which language is
// still decided by the letters (language.ts), never by the column's position.
import type {Locale} from '@/lib/content/types'
import {parseClause} from './clauses'
import {withNumber} from './edit'
import type {Dropped, Para} from './types'

const KK_NAME = /қазақ|казах|мемлекеттік|государственн|^(?:kz|kk|kaz|қаз\.?|каз\.?)$/iu
const RU_NAME = /орыс|русск|^(?:ru|rus|рус\.?)$/iu
const NUMBER_HEADER = /^(?:№|n|no\.?|#|р\/с|п\/п|р\/н|нөмір\p{L}*|номер)$/iu

export function readTables(paras: Para[], dropped: Dropped[]): Para[] {
  const rows = new Map<string, Para[]>()
  for (const para of paras) {
    if (!para.cell) continue
    const key = `${para.cell.table}:${para.cell.row}`
    rows.set(key, [...(rows.get(key) ?? []), para])
  }
  const remove = new Set<Para>()
  const replace = new Map<Para, Para>()
  const hints = new Map<number, Map<number, Locale>>()
  for (const units of rows.values()) {
    const {table, row} = units[0].cell!
    const columns = byColumn(units)
    if (isFirstRow(paras, table, row) || units.every((unit) => unit.cell!.header)) {
      const named = headerColumns(columns)
      if (named) {
        hints.set(table, named)
        for (const unit of units) remove.add(unit)
        dropped.push({file: units[0].file, line: units[0].line, place: units[0].place, text: units.map((unit) => unit.text).join(' | '), reason: 'table header'})
        continue
      }
    }
    numberRow(columns, remove, replace)
  }
  return paras.flatMap((para) => {
    if (remove.has(para)) return []
    const unit = replace.get(para) ?? para
    // A merged cell spans the columns: its header says nothing of it.
    const hint = unit.cell && !unit.cell.span ? hints.get(unit.cell.table)?.get(unit.cell.column) : undefined
    return [hint && !unit.hint ? {...unit, hint: {locale: hint, from: 'header' as const}} : unit]
  })
}

function byColumn(units: Para[]): Para[][] {
  const columns = new Map<number, Para[]>()
  for (const unit of units) columns.set(unit.cell!.column, [...(columns.get(unit.cell!.column) ?? []), unit])
  return [...columns.entries()].sort(([a], [b]) => a - b).map(([, cell]) => cell)
}

function isFirstRow(paras: Para[], table: number, row: number): boolean {
  return !paras.some((para) => para.cell && para.cell.table === table && para.cell.row < row)
}

/** Column → language when every cell of the row is a short label and at least one names a language. */
function headerColumns(columns: Para[][]): Map<number, Locale> | undefined {
  const named = new Map<number, Locale>()
  for (const cell of columns) {
    const text = cell.map((unit) => unit.text).join(' ').trim()
    if (text.length > 40 || text.split(' ').length > 4) return undefined
    const label = text.replace(/[:.]$/, '')
    if (KK_NAME.test(label)) named.set(cell[0].cell!.column, 'kk')
    else if (RU_NAME.test(label)) named.set(cell[0].cell!.column, 'ru')
    else if (!NUMBER_HEADER.test(label)) return undefined
  }
  return named.size ? named : undefined
}

/** A number cell's number goes in front of the other cells; a number in one cell only, likewise. */
function numberRow(columns: Para[][], remove: Set<Para>, replace: Map<Para, Para>): void {
  if (columns.length < 2) return
  const numberCell = columns.find((cell) => cell.length === 1 && isBareNumber(cell[0].text))
  const donor = numberCell ? numberCell[0] : columns.map((cell) => cell[0]).find((first) => parseClause(first.text))
  if (!donor) return
  const clause = parseClause(`${donor.text} X`)!
  const written = `${donor.text} X`.slice(0, clause.restOffset).trim()
  const number = /[.)]$/.test(written) ? written.replace(/\)$/, '.') : `${written}.`
  const others = columns.filter((cell) => cell[0] !== donor)
  // Only when no other cell has a number of its own: "1.1) …" | "1.1. …" need nothing.
  if (!numberCell && others.some((cell) => parseClause(cell[0].text))) return
  if (numberCell) remove.add(donor)
  for (const cell of others) {
    if (!parseClause(cell[0].text)) replace.set(cell[0], withNumber(cell[0], number))
  }
}

function isBareNumber(text: string): boolean {
  const clause = parseClause(`${text.trim()} X`)
  return Boolean(clause && clause.restOffset >= text.trim().length)
}
