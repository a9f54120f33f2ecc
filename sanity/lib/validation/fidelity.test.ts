import {afterEach, describe, expect, it} from 'vitest'
import {section} from '../testing/blocks'
import {registerSectionFidelityChecker, sectionFidelityWarnings} from './fidelity'

const value = section('k1', {kk: ['1. Жалпы', '10 күн'], ru: ['1. Общие', '30 дней'], anchor: '1'})
const context = {revisionId: 'r1', version: 2}
let unregister = () => {}

afterEach(() => unregister())

describe('sectionFidelityWarnings', () => {
  it('has nothing to say while no checker is registered', () => {
    expect(sectionFidelityWarnings(value, context)).toEqual([])
  })

  it('passes the site’s reading of the section to the checker and returns its messages', () => {
    unregister = registerSectionFidelityChecker((s, c) => [
      {message: `${s.anchor}:${s.key}:${c.revisionId}`, kind: 'number'},
      {message: 'handled by the language rule', kind: 'missingLanguage'},
    ])
    expect(sectionFidelityWarnings(value, context)).toEqual(['1:k1:r1'])
  })

  it('turns a crashing checker into one warning', () => {
    unregister = registerSectionFidelityChecker(() => {
      throw new Error('boom')
    })
    expect(sectionFidelityWarnings(value, context)).toEqual([expect.stringContaining('boom')])
  })
})
