// A table of contents at the top ("Содержание: 1. Общие положения 2. Цели …") repeats the clause numbers of
// the text below; read as clauses, it would make every number appear twice. It is cut and reported.
import {parseClause} from './clauses'
import {looksLikeHeadingText} from './headings'
import type {Dropped, Para} from './types'

const LABEL = /^(?:содержание|оглавление|мазмұны|contents|table of contents)[:.]?$/i

export function dropTableOfContents(paras: Para[]): {paras: Para[]; dropped: Dropped[]} {
  const drop = new Set<Para>()
  for (const locale of new Set(paras.map((para) => para.lang))) {
    const own = paras.filter((para) => para.lang === locale)
    const start = own.findIndex((para) => parseClause(para.text))
    if (start < 0) continue
    // The run of heading-like clause lines ends where a number comes round again: the text itself starts.
    const numbers = new Set<string>()
    let end = start
    for (; end < own.length && isEntry(own[end]); end++) {
      const number = parseClause(own[end].text)!.number
      if (numbers.has(number)) break
      numbers.add(number)
    }
    const first = parseClause(own[start].text)!.number
    const repeated = own.slice(end).some((para) => parseClause(para.text)?.number === first)
    if (end - start < 3 || !repeated) continue
    own.slice(start, end).forEach((para) => drop.add(para))
    if (start > 0 && LABEL.test(own[start - 1].text)) drop.add(own[start - 1])
  }
  const dropped = paras.filter((para) => drop.has(para)).map((para) => ({file: para.file, line: para.line, text: para.text, reason: 'table of contents'}))
  return {paras: paras.filter((para) => !drop.has(para)), dropped}
}

function isEntry(para: Para): boolean {
  const clause = parseClause(para.text)
  return Boolean(clause && para.kind !== 'item' && looksLikeHeadingText(para.text.slice(clause.restOffset).replace(/[\s.…]+\d+$/, '')))
}
