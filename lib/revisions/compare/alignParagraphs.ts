import type {Token} from './tokenize'

/** A removed paragraph `a`, an added one `b`, or a pair of them to diff word by word. */
export type AlignedPair = {a?: number; b?: number}

// Below this share of common words two paragraphs are different paragraphs, not versions of one.
const MIN_SIMILARITY = 0.5
// Past this many candidate pairs (a body of hundreds of paragraphs, all edited), only pairs near the diagonal are
// weighed: an edit does not carry a paragraph dozens of places away from where it was.
const ALL_PAIRS_LIMIT = 10_000
const BAND = 50

/**
 * Pairs the removed with the added paragraphs of a changed stretch, in order, so that the pairs have the most
 * words in common overall (a dynamic program over the Dice similarity of their words). Used when a stretch has
 * too many edits to diff at once: each pair is then diffed alone and the rest shows as removed or added.
 */
export function alignParagraphs(a: Token[][], b: Token[][]): AlignedPair[] {
  const aCounts = a.map(countKeys)
  const bCounts = b.map(countKeys)
  // best[i][j]: the highest total similarity of pairs among a[i..] and b[j..].
  const best = Array.from({length: a.length + 1}, () => new Float64Array(b.length + 1))
  const similar = Array.from({length: a.length}, () => new Float64Array(b.length))
  const slope = b.length / a.length
  const banded = a.length * b.length > ALL_PAIRS_LIMIT
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      const near = !banded || Math.abs(j - i * slope) <= BAND
      similar[i][j] = near ? similarity(aCounts[i], a[i].length, bCounts[j], b[j].length) : 0
      const paired = similar[i][j] >= MIN_SIMILARITY ? similar[i][j] + best[i + 1][j + 1] : -1
      best[i][j] = Math.max(best[i + 1][j], best[i][j + 1], paired)
    }
  }
  const pairs: AlignedPair[] = []
  let [i, j] = [0, 0]
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && similar[i][j] >= MIN_SIMILARITY && best[i][j] === similar[i][j] + best[i + 1][j + 1]) {
      pairs.push({a: i++, b: j++})
    } else if (i < a.length && (j === b.length || best[i][j] === best[i + 1][j])) {
      pairs.push({a: i++})
    } else {
      pairs.push({b: j++})
    }
  }
  return pairs
}

function countKeys(tokens: Token[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const token of tokens) counts.set(token.key, (counts.get(token.key) ?? 0) + 1)
  return counts
}

function similarity(a: Map<string, number>, aLength: number, b: Map<string, number>, bLength: number): number {
  let common = 0
  for (const [key, count] of a) common += Math.min(count, b.get(key) ?? 0)
  return (2 * common) / (aLength + bLength)
}
