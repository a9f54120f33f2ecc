import {afterEach, describe, expect, it} from 'vitest'
import {section} from '../testing/blocks'
import {checkSection} from '../../../lib/fidelity/checkSection'
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

  it('warns about an omission with the site\'s checker, naming the text it concerns', () => {
    unregister = registerSectionFidelityChecker(checkSection)
    const omitted = section('k2', {
      kk: ['5. Қорғау', 'Әкімшілік техникалық шараларды қабылдайды.'],
      ru: ['5. Защита', 'Администрация принимает организационные и технические меры.'],
    })
    expect(sectionFidelityWarnings(omitted, context)).toEqual([
      'Enumeration item missing: ru lists an item that kk leaves out: "организационные" (in "организационные и технические")',
    ])
  })

  it('turns a crashing checker into one warning', () => {
    unregister = registerSectionFidelityChecker(() => {
      throw new Error('boom')
    })
    expect(sectionFidelityWarnings(value, context)).toEqual([expect.stringContaining('boom')])
  })
})
