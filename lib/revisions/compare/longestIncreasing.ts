/**
 * Marks the members of one longest strictly increasing subsequence of `values` (patience sorting, O(n log n)).
 * Applied to the old positions of matched sections in their new order, the unmarked ones are those that moved:
 * moving one section marks that one, not every section it jumped over.
 */
export function longestIncreasing(values: readonly number[]): boolean[] {
  // tails[k]: index into `values` of the smallest tail of an increasing run of length k + 1.
  const tails: number[] = []
  const previous: number[] = new Array(values.length).fill(-1)
  values.forEach((value, i) => {
    let low = 0
    let high = tails.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (values[tails[middle]] < value) low = middle + 1
      else high = middle
    }
    if (low > 0) previous[i] = tails[low - 1]
    tails[low] = i
  })
  const marked: boolean[] = new Array(values.length).fill(false)
  for (let i = tails.length ? tails[tails.length - 1] : -1; i >= 0; i = previous[i]) marked[i] = true
  return marked
}
