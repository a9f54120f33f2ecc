import {describe, expect, it} from 'vitest'
import {phoneProblem} from './phone'

describe('phoneProblem', () => {
  it('accepts no phone and dialable numbers', () => {
    for (const ok of [undefined, '', '+7 700 123 45 67', '8 (727) 123-45-67', '+77001234567']) expect(phoneProblem(ok)).toBeNull()
  })

  it('rejects words and impossible lengths', () => {
    for (const bad of ['call us', '+7 700 CALL', '123', '+1234567890123456', 42]) expect(phoneProblem(bad)).not.toBeNull()
  })
})
