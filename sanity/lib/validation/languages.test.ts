import {describe, expect, it} from 'vitest'
import {section} from '../testing/blocks'
import {missingLanguages, revisionCompleteness, sectionLanguageFinding} from './languages'

const both = section('a', {kk: ['Тақырып', 'Мәтін'], ru: ['Заголовок', 'Текст']})
const kkOnly = section('b', {kk: ['Тақырып', 'Мәтін']})

describe('missingLanguages', () => {
  it('finds nothing missing when both languages are there', () => {
    expect(missingLanguages(both)).toEqual([])
  })

  it('finds the missing language, also when only one part lacks it', () => {
    expect(missingLanguages(kkOnly)).toEqual(['ru'])
    expect(missingLanguages({...both, heading: {kk: 'Тақырып'}})).toEqual(['ru'])
  })

  it('does not require a heading when neither language has one', () => {
    expect(missingLanguages({...both, heading: {}})).toEqual([])
  })
})

describe('sectionLanguageFinding', () => {
  it('is silent for a complete section', () => {
    expect(sectionLanguageFinding(both, true)).toBeNull()
  })

  it('warns about a missing language, or errs when both languages are required', () => {
    expect(sectionLanguageFinding(kkOnly, false)).toEqual({level: 'warning', message: expect.stringContaining('Russian')})
    expect(sectionLanguageFinding(kkOnly, true)?.level).toBe('error')
  })

  it('errs on an empty section', () => {
    expect(sectionLanguageFinding(section('e'), false)?.level).toBe('error')
  })
})

describe('revisionCompleteness', () => {
  it('is complete per language when every section has it', () => {
    expect(revisionCompleteness([both, kkOnly])).toEqual({kk: true, ru: false})
    expect(revisionCompleteness([both])).toEqual({kk: true, ru: true})
    expect(revisionCompleteness([])).toEqual({kk: false, ru: false})
  })
})
