import {describe, expect, it} from 'vitest'
import {extractFromText} from './index'

const clauses = (text: string, locale: 'kk' | 'ru') =>
  extractFromText(text, locale)
    .filter((f) => f.kind === 'clauseRef')
    .map((f) => (f.own ? `own ${f.value}` : f.value))

describe('clause numbers', () => {
  it('reads the cross-reference of seed 001, clause 3.3, in both columns', () => {
    expect(clauses('3.3. Настоящим Пользователь ... в целях, предусмотренных п. 3.2 настоящей Политики.', 'ru')).toEqual(['own 3.3', '3.2'])
    expect(clauses('3.3. Осы арқылы Қолданушы саясатының 3.2-тармағында көзделген мақсат бойынша', 'kk')).toEqual(['own 3.3', '3.2'])
  })

  it.each([
    ['5.2-тармақ', 'kk'],
    ['5.2-тармағында', 'kk'],
    ['5.2 тармақтың', 'kk'],
    ['п. 5.2', 'ru'],
    ['пункт 5.2', 'ru'],
    ['пунктом 5.2', 'ru'],
    ['в пп. 5.2', 'ru'],
  ] as const)('reads "%s" as 5.2', (text, locale) => {
    expect(clauses(text, locale)).toEqual(['5.2'])
  })

  it('reads lists of clauses (seed 003, clauses 3.4, 6.2.2 and 7.1)', () => {
    expect(clauses('саясаттың 5.2- және 5.3. тармақтарында көзделген', 'kk')).toEqual(['5.2', '5.3'])
    expect(clauses('саясаттың  5.2. және 5.3. т.т. қоспағанда', 'kk')).toEqual(['5.2', '5.3'])
    expect(clauses('саясаты 5.2.,  5.3. және 7.2. т.т. қарастырылған', 'kk')).toEqual(['5.2', '5.3', '7.2'])
    expect(clauses('предусмотренных пунктами 5.2, 5.3 и 7.2 настоящей Политики', 'ru')).toEqual(['5.2', '5.3', '7.2'])
  })

  it('keeps articles and appendices apart from clauses', () => {
    expect(clauses('подпунктом 1) пункта 2 статьи 8 Закона', 'ru')).toEqual(['1', '2', 'art. 8'])
    expect(clauses('Заңның 8-бабының 2-тармағының 1) тармақшасы', 'kk')).toEqual(['art. 8', '2', '1'])
    expect(clauses('приложение № 1', 'ru')).toEqual(['app. 1'])
    expect(clauses('1-қосымша', 'kk')).toEqual(['app. 1'])
  })

  it("reads a section's own numbers: a line opening with one, or a sentence opening with one (seed 004)", () => {
    expect(clauses('1.1 Осы Құпиялылық саясатында келесі терминдер қолданылады:', 'kk')).toEqual(['own 1.1'])
    expect(clauses('3.3.1. сookies-ті өшіру сайтқа кіру мүмкіндігінің болмауына', 'kk')).toEqual(['own 3.3.1'])
    expect(clauses('1. ТЕРМИНДЕРДІҢ АНЫҚТАМАСЫ', 'kk')).toEqual(['own 1'])
    expect(clauses('2.1. МП собирает ... с пользователем). 2.2. Персональную информацию', 'ru')).toEqual(['own 2.1', 'own 2.2'])
  })

  it('keeps the numbers of a clause reference out of the plain numbers', () => {
    expect(extractFromText('в целях, предусмотренных п. 3.2 и пунктом 4', 'ru').map((f) => f.kind)).toEqual(['clauseRef', 'clauseRef'])
    expect(extractFromText('саясаттың 3.2-тармағында', 'kk').map((f) => f.kind)).toEqual(['clauseRef'])
  })

  it('leaves amounts and durations alone', () => {
    expect(clauses('1.5 млн теңге', 'kk')).toEqual([])
    expect(clauses('согласно п. 5 и 10 дней', 'ru')).toEqual(['5'])
    expect(clauses('2.2. Кінә қоюды алушы 4 және 5.2-тармақтарына сәйкес', 'kk')).toEqual(['own 2.2', '5.2'])
  })
})
