import {describe, expect, it} from 'vitest'
import {localizedRequiredProblem} from './localized'

describe('localizedRequiredProblem', () => {
  it('accepts a value in either language', () => {
    expect(localizedRequiredProblem({kk: 'Саясат'})).toBeNull()
    expect(localizedRequiredProblem({ru: 'Политика'})).toBeNull()
  })

  it('rejects a value in neither', () => {
    for (const bad of [undefined, {}, {kk: ' ', ru: ''}, 'Политика']) expect(localizedRequiredProblem(bad)).not.toBeNull()
  })
})
