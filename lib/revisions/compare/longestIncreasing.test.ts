import {describe, expect, it} from 'vitest'
import {longestIncreasing} from './longestIncreasing'

describe('longestIncreasing', () => {
  it('marks everything in an increasing sequence', () => {
    expect(longestIncreasing([0, 2, 5, 9])).toEqual([true, true, true, true])
  })

  it('leaves out only the one element that moved', () => {
    // Section 4 moved to the front: the rest keep their order.
    expect(longestIncreasing([4, 0, 1, 2, 3, 5])).toEqual([false, true, true, true, true, true])
    // Section 0 moved to the end.
    expect(longestIncreasing([1, 2, 3, 4, 0])).toEqual([true, true, true, true, false])
  })

  it('handles empty input and reversed order', () => {
    expect(longestIncreasing([])).toEqual([])
    expect(longestIncreasing([3, 2, 1]).filter(Boolean)).toHaveLength(1)
  })
})
