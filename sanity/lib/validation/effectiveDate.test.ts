import {describe, expect, it} from 'vitest'
import {effectiveDateProblem, retroactiveDateWarning} from './effectiveDate'

const today = '2025-06-15'

describe('effectiveDateProblem', () => {
  it('accepts a real day and rejects the rest', () => {
    expect(effectiveDateProblem('2025-02-28')).toBeNull()
    for (const bad of [undefined, '', '2025-02-30', '15.06.2025']) expect(effectiveDateProblem(bad)).not.toBeNull()
  })
})

describe('retroactiveDateWarning', () => {
  it('warns when a draft dates a revision before today', () => {
    expect(retroactiveDateWarning('drafts.r', '2025-06-14', null, today)).toMatch(/in the past/)
    expect(retroactiveDateWarning('drafts.r', '2025-06-14', {effectiveFrom: '2025-07-01'}, today)).not.toBeNull()
  })

  it('is silent for today, the future, published documents and revisions already in force', () => {
    expect(retroactiveDateWarning('drafts.r', today, null, today)).toBeNull()
    expect(retroactiveDateWarning('drafts.r', '2025-07-01', null, today)).toBeNull()
    expect(retroactiveDateWarning('r', '2025-06-14', null, today)).toBeNull()
    expect(retroactiveDateWarning('drafts.r', '2025-06-14', {effectiveFrom: '2025-06-14'}, today)).toBeNull()
  })
})
