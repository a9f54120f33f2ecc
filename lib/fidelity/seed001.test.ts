// Seed 001 is the one bilingual seed. Aligned by clause number, its two columns state the same facts (reviewed by
// hand: the 10 days of 1.3, the reference to 3.2 in 3.3, the date and number of the law in 5.2), so the fact checks
// must stay silent on it, yet still catch a drift planted in it. It has two real omissions, which the omission check
// must find and nothing else: the kk text of 2.1.1 leaves out the ru sentence listing surname, name, phone and
// e-mail, and the kk text of 5.1 has "техникалық" measures where ru has "организационные и технические".
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {checkSection} from './checkSection'
import {extractColumn} from './extract'
import {alignSeed001} from './testing/alignSeed001'

const source = readFileSync(fileURLToPath(new URL('../../sanity/seed/sources/001_564ccfdecc8c3bde.txt', import.meta.url)), 'utf8')
const check = (sections: ReturnType<typeof alignSeed001>) => sections.flatMap((s) => checkSection(s, {revisionId: 'seed-001'}))
const isOmission = (f: {kind: string}) => f.kind === 'omittedSentence' || f.kind === 'omittedItem'
const facts = (sections: ReturnType<typeof alignSeed001>) => check(sections).filter((f) => !isOmission(f))
const omissions = (sections: ReturnType<typeof alignSeed001>) => check(sections).filter(isOmission)

describe('seed 001, aligned by clause', () => {
  const byClause = alignSeed001(source)
  const byTopClause = alignSeed001(source, 1)

  it('pairs every clause in both languages', () => {
    expect(byClause.map((s) => s.anchor)).toEqual([
      '0', '1', '1-1', '1-2', '1-3', '2', '2-1', '2-1-1', '2-1-2', '3', '3-1', '3-2', '3-3', '3-4',
      '4', '4-1', '4-2', '4-2-1', '4-2-2', '4-2-3', '4-2-4', '5', '5-1', '5-2', '6', '6-1',
    ])
    expect(byClause.filter((s) => !s.body.kk?.length || !s.body.ru?.length).map((s) => s.anchor)).toEqual([])
  })

  it('finds the facts of both columns', () => {
    const facts = (anchor: string, locale: 'kk' | 'ru') => {
      const s = byClause.find((x) => x.anchor === anchor)!
      return extractColumn(undefined, s.body[locale], locale).facts.map((f) => `${f.kind}:${f.value}`)
    }
    for (const locale of ['kk', 'ru'] as const) {
      expect(facts('1-3', locale)).toEqual(['clauseRef:1.3', 'duration:10 day'])
      expect(facts('3-3', locale)).toEqual(['clauseRef:3.3', 'clauseRef:3.2'])
      expect(facts('5-2', locale)).toEqual(['clauseRef:5.2', 'date:2013-05-21', 'lawRef:94-V'])
    }
  })

  it('raises no fact finding, clause by clause or top clause by top clause', () => {
    expect(facts(byClause)).toEqual([])
    expect(facts(byTopClause)).toEqual([])
  })

  it('finds the two real omissions and nothing else, clause by clause or top clause by top clause', () => {
    const sentence = 'К персональной информации, полученной таким образом, могут относиться, в частности, фамилия, имя, номер телефона, адрес электронной почты Пользователя.'
    for (const [sections, at] of [
      [byClause, ['2-1-1', '5-1']],
      [byTopClause, ['2', '5']],
    ] as const) {
      expect(omissions(sections).map(({section, kind, kk, ru, kkText, ruText}) => ({section, kind, kk, ru, kkText, ruText}))).toEqual([
        {section: at[0], kind: 'omittedSentence', kk: [], ru: [sentence], kkText: [], ruText: [sentence]},
        {section: at[1], kind: 'omittedItem', kk: [], ru: ['organizational'], kkText: [], ruText: ['организационные']},
      ])
    }
  })

  it('catches drifts planted in one column', () => {
    const planted = source
      .replace('күнтізбелік 10 (он) күн', 'күнтізбелік 15 (он бес) күн')
      .replace('2013 жылғы 21 мамырдағы № 94-V', '2013 жылғы 12 мамырдағы № 94-V')
      .replace('предусмотренных п. 3.2 настоящей', 'предусмотренных п. 3.1 настоящей')
    const findings = facts(alignSeed001(planted))
    expect(findings.map(({section, kind, kk, ru}) => ({section, kind, kk, ru}))).toEqual([
      {section: '1-3', kind: 'duration', kk: ['15 day'], ru: ['10 day']},
      {section: '3-3', kind: 'clauseRef', kk: ['3.2'], ru: ['3.1']},
      {section: '5-2', kind: 'date', kk: ['2013-05-12'], ru: ['2013-05-21']},
    ])
  })
})
