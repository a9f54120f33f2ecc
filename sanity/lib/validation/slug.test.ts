import {describe, expect, it} from 'vitest'
import {slugProblem} from './slug'

describe('slugProblem', () => {
  it('accepts lower-case latin segments', () => {
    expect(slugProblem('privacy-policy')).toBeNull()
    expect(slugProblem('app2')).toBeNull()
  })

  it('rejects anything else', () => {
    for (const bad of ['', undefined, 'Privacy', 'privacy policy', 'политика', 'a--b', '-a', 'a.b', 'x'.repeat(97)]) {
      expect(slugProblem(bad), String(bad)).not.toBeNull()
    }
  })
})
