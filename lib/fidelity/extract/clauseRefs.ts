// Clause numbers: references ("п. 5.2", "пунктами 5.2 и 5.3", "5.2-тармағында", "5.2- және 5.3. т.т.") and a
// section's own numbers (a line opening "4.2." or "4.2.1", a sentence opening "2.2." inside a paragraph).
// Articles and appendices are kept apart from clauses ("art. 8", "app. 1"): "статья 8" is not "пункт 8".
import {maskHits, scan, type Extractor, type Hit} from './scan'

const NUM = '\\d+(?:\\.\\d+)*[.)]?'
const SEP = '\\s*-?\\s*(?:,|;|–|—|-|(?:және|мен|бен|пен|немесе|и|или|а также)(?![\\p{L}]))\\s*'
const LIST = `${NUM}(?:${SEP}${NUM})*`

// Russian puts the word first: "пункт 5.2", "ст. 8", "приложение № 1".
const RU = new RegExp(
  '(?<![\\p{L}])(?:(пункт\\p{L}*|подпункт\\p{L}*|п\\.\\s?п\\.|пп\\.|подп\\.|п\\.|раздел\\p{L}*|разд\\.|глав[аеыуо]й?|гл\\.)' +
    `|(стать\\p{L}*|ст\\.)|(приложени\\p{L}*|прил\\.))\\s*(?:№\\s*)?(${LIST})`,
  'giu',
)
// Kazakh puts it after, joined by a dash: "5.2-тармақ", "5.2-тармағында" (қ turns ғ before a vowel), "8-бабы",
// "1-қосымша", "5.2. және 5.3. т.т.".
const KK = new RegExp(
  `(?<![\\p{L}\\p{N}.])(?:№\\s*)?(${LIST})\\s*-?\\s*` +
    '(?:(тарма[қғ]\\p{L}*|т\\.\\s?т\\.|т\\.(?!\\s?б\\.)|бөлім\\p{L}*|тарау\\p{L}*)|(бап\\p{L}*|баб\\p{L}*)|(қосымша\\p{L}*))',
  'giu',
)
// Three levels or more cannot be an amount: "4.2.1" alone is a clause.
const BARE = /(?<![\p{L}\p{N}.,])\d+(?:\.\d+){2,}\.?(?![\p{N}])/gu

export const extractClauseRefs: Extractor = (text) => {
  const hits = scan(text, RU, (m) => listHits(m, m[4], prefixOf(m[2], m[3]), 'first'))
  const masked = maskHits(text, hits)
  const kk = scan(masked, KK, (m) => listHits(m, m[1], prefixOf(m[3], m[4]), 'last'))
  const masked2 = maskHits(masked, kk)
  const bare = scan(masked2, BARE, (m) => item(m[0], m.index))
  return [...hits, ...kk, ...bare]
}

// A section's own numbers: compared as a set, so a heading "4.2." repeated at the top of the body counts once.
const LEADING = /^[\s*#>•–-]*(\d+(?:\.\d+)+)(\.?)(?=\s|$)|^[\s*#>•–-]*(\d+)[.)](?=\s)/gmu
const INLINE = /(?<=[.;:!?»)]\s{1,3})(\d+(?:\.\d+)+)\.(?=\s+[\p{Lu}«"“])/gu

export const extractOwnClauseNumbers: Extractor = (text) => {
  const leading = scan(text, LEADING, (m) => {
    const number = m[1] ?? m[3]
    const start = m.index + m[0].indexOf(number)
    // "1.5 млн" opening a line is an amount; "1.1 Осы" and "4.2.1. сookies" are clauses.
    if (m[1] && !m[2] && /^\s*[\p{Ll}\p{N}%]/u.test(text.slice(m.index + m[0].length))) return undefined
    return {...item(number, start), own: true}
  })
  const inline = scan(maskHits(text, leading), INLINE, (m) => ({...item(m[1], m.index), own: true}))
  return [...leading, ...inline]
}

function prefixOf(article: string | undefined, appendix: string | undefined): string {
  return article ? 'art. ' : appendix ? 'app. ' : ''
}

// Only the items of the list's level are clauses: in "4 және 5.2-тармақ" the "4" is something else and stays
// visible to the number extractor. The keyword is masked together with the item next to it.
function listHits(m: RegExpExecArray, list: string, prefix: string, anchor: 'first' | 'last'): Hit[] {
  const listStart = m.index + m[0].indexOf(list)
  const all = [...list.matchAll(/\d+(?:\.\d+)*/g)].map((x) => item(x[0], listStart + x.index))
  const ordered = anchor === 'first' ? all : [...all].reverse()
  const depth = (hit: Hit) => hit.value.split('.').length
  const kept: Hit[] = []
  for (const hit of ordered) {
    if (depth(hit) !== depth(ordered[0])) break
    kept.push({...hit, value: prefix + hit.value, raw: m[0].trim()})
  }
  if (anchor === 'first') kept[0].start = m.index
  else kept[0].end = m.index + m[0].length
  return kept
}

function item(number: string, start: number): Hit {
  const value = number.replace(/[.)]$/, '')
  return {kind: 'clauseRef', value, raw: number, start, end: start + number.length}
}
