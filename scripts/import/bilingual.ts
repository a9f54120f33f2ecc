// One short paragraph holding both languages, "Жалпы ережелер / Общие положения" (a merged heading row, a
// bilingual title or date line; the halves apart by " / ", " | ", a tab or a run of spaces): split in two when
// the halves are told apart by their letters. A number in front of the first half belongs to both.
import {parseClause} from './clauses'
import {keepRanges, rawText, withNumber} from './edit'
import {detectLanguage} from './language'
import type {Para} from './types'

// " / ", " | ", a tab, or a run of spaces (Word's tab stops saved as HTML are runs of no-break spaces).
const SEPARATOR = /[\s\u00a0]+[/|][\s\u00a0]+|[ \u00a0]*\t[\s\u00a0]*|[ \u00a0]{3,}/g
const MAX_HALF = 160

export function splitBilingual(paras: Para[]): Para[] {
  return paras.flatMap((para) => {
    if (para.kind === 'item') return [para]
    const {raw} = rawText(para)
    const separators = [...raw.matchAll(SEPARATOR)]
    if (separators.length !== 1) return [para]
    const cut = separators[0]
    const [first, second] = [raw.slice(0, cut.index), raw.slice(cut.index + cut[0].length)]
    if (!first.trim() || !second.trim() || first.length > MAX_HALF || second.length > MAX_HALF) return [para]
    if ((first.match(/[\u0400-\u04ff]/g)?.length ?? 0) < 3 || (second.match(/[\u0400-\u04ff]/g)?.length ?? 0) < 3) return [para]
    const clause = parseClause(first.trim())
    const [a, b] = [detectLanguage(first.trim().slice(clause?.restOffset ?? 0)), detectLanguage(second)]
    // Both told apart, or one told and the other without a single Kazakh letter next to a Kazakh half.
    const differ = (a && b && a !== b) || (a === 'kk' && !b) || (b === 'kk' && !a)
    if (!differ) return [para]
    // The half the letters leave open is the other language: say so, or it would take its neighbours'.
    const head = {...keepRanges(para, [[0, cut.index]]), ...(a ? {} : {hint: {locale: b === 'kk' ? 'ru' : 'kk', from: 'pair'} as const})}
    let tail = {...keepRanges(para, [[cut.index + cut[0].length, raw.length]]), ...(b ? {} : {hint: {locale: a === 'kk' ? 'ru' : 'kk', from: 'pair'} as const})}
    if (clause && !parseClause(tail.text)) tail = withNumber(tail, first.trim().slice(0, clause.restOffset).trim())
    return [head, tail]
  })
}
