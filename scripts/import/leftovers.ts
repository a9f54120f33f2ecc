// Pairing what numbering left apart, for sections (align.ts) and for clauses within a row (rows.ts).

type Sided = {kk?: unknown; ru?: unknown}

/**
 * Items with one language only, standing between two matched pairs, as many in each language: the same items
 * numbered differently (a number typed twice, one renumbered in one language). The n-th kk-only item and the n-th
 * ru-only item of such a run are joined, in order; `keep` marks items that stay as they are (before the joined
 * ones). Any other run is left as it was.
 */
export function pairLeftovers<P extends Sided>(pairs: P[], join: (kk: P, ru: P) => P, keep: (pair: P) => boolean = () => false): P[] {
  const out: P[] = []
  let run: P[] = []
  const flush = () => {
    const kkOnly = run.filter((pair) => pair.kk && !keep(pair))
    const ruOnly = run.filter((pair) => pair.ru && !keep(pair))
    if (kkOnly.length && kkOnly.length === ruOnly.length) out.push(...run.filter(keep), ...kkOnly.map((pair, i) => join(pair, ruOnly[i])))
    else out.push(...run)
    run = []
  }
  for (const pair of pairs) {
    if (pair.kk && pair.ru) {
      flush()
      out.push(pair)
    } else {
      run.push(pair)
    }
  }
  flush()
  return out
}
