import {describe, expect, it} from 'vitest'
import {checkSummary} from './checkSummary'
import {extractFromText} from './extract'

const context = {revisionId: 'rev-2'}
// The demo dataset's summary of privacy v2.
const kk = 'Келісімді кері қайтарып алу туралы хабарлау мерзімі 10 күннен 30 күнге ұзартылды (1-бөлім), байланыс ақпараты бар 7-бөлім қосылды.'
const ru = 'Срок уведомления об отзыве согласия увеличен с 10 до 30 дней (раздел 1), добавлен раздел 7 с контактной информацией.'

describe('checkSummary', () => {
  it('compares the facts of the two summaries', () => {
    expect(extractFromText(kk, 'kk').map((f) => f.value)).toEqual(['10 day', '30 day', '1', '7'])
    expect(checkSummary({kk, ru}, context)).toEqual([])
  })

  it('reports a summary that states another term in one language', () => {
    const findings = checkSummary({kk: kk.replace('30 күнге', '20 күнге'), ru}, context)
    expect(findings.map(({kind, kk, ru, scope, section}) => ({kind, kk, ru, scope, section}))).toEqual([
      {kind: 'duration', kk: ['20 day'], ru: ['30 day'], scope: 'summary', section: 'summary'},
    ])
  })

  it('reports a summary written in one language only, and nothing for none', () => {
    expect(checkSummary({kk}, context).map((f) => [f.kind, f.missing])).toEqual([['missingLanguage', {locale: 'ru', part: 'section'}]])
    expect(checkSummary(undefined, context)).toEqual([])
  })
})
