import {describe, expect, it} from 'vitest'
import {section} from '../testing/blocks'
import {summaryProblems} from './summary'

const both = [section('a', {kk: ['Тақырып', 'Мәтін'], ru: ['Заголовок', 'Текст']})]
const kkOnly = [section('a', {kk: ['Тақырып', 'Мәтін']})]

describe('summaryProblems', () => {
  it('does not ask version 1 for a summary', () => {
    expect(summaryProblems({version: 1, sections: both})).toEqual([])
  })

  it('asks from version 2 for every language the sections are written in', () => {
    expect(summaryProblems({version: 2, sections: both, summary: {kk: 'Өзгерді'}})).toEqual([
      expect.stringContaining('in ru'),
    ])
    expect(summaryProblems({version: 2, sections: both, summary: {kk: 'Өзгерді', ru: ' '}})).toHaveLength(1)
    expect(summaryProblems({version: 2, sections: both, summary: {kk: 'Өзгерді', ru: 'Изменено'}})).toEqual([])
  })

  it('does not ask for a language the revision is not written in', () => {
    expect(summaryProblems({version: 3, sections: kkOnly, summary: {kk: 'Өзгерді'}})).toEqual([])
    expect(summaryProblems({version: 3, sections: kkOnly})).toHaveLength(1)
  })

  it('asks for some summary when there are no sections yet', () => {
    expect(summaryProblems({version: 2, sections: []})).toHaveLength(1)
    expect(summaryProblems({version: 2, sections: [], summary: {ru: 'Изменено'}})).toEqual([])
  })
})
