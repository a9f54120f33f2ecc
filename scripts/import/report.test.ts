// The report an editor acts on: where the effective date came from, every clause with the places each language
// was found, what is in one language only.
import {describe, expect, it} from 'vitest'
import {formatReport} from './report'
import {importPolicy, importText} from './test-exports'

const SOURCE = [
  'Политика обработки данных', 'Вступает в силу с 1 марта 2024 г.', '1. Общие положения', '1.1. Мы защищаем данные.', '1.2. Мы не продаём данные.',
  'Деректерді өңдеу саясаты', '2024 жылғы 2 наурыздан бастап күшіне енеді.', '1. Жалпы ережелер', '1.1. Біз деректерді қорғаймыз.',
].join('\n\n')

describe('the report', () => {
  const result = importText(SOURCE, {effectiveFrom: undefined})
  const text = formatReport(result.report)

  it('names the effective date, the line it came from, and a date the other language gives differently', () => {
    expect(text).toContain('effective 2024-03-01 (text, line 3: "Вступает в силу с 1 марта 2024 г.")')
    expect(result.report.warnings).toContain('inline.txt:13: the kk text gives 2024-03-02 as its date, the ru text 2024-03-01 (inline.txt:3); using 2024-03-01')
  })

  it('lists every clause with where each language has it, and what is in one language only', () => {
    expect(result.report.clauses).toEqual([
      {section: '1', number: '1', from: {kk: 'inline.txt:15', ru: 'inline.txt:5'}},
      {section: '1', number: '1.1', from: {kk: 'inline.txt:17', ru: 'inline.txt:7'}},
      {section: '1', number: '1.2', from: {ru: 'inline.txt:9'}},
    ])
    expect(text).toContain('clauses: 3, in both languages 2, kk only 0, ru only 1')
    expect(text).toMatch(/^ {2}1\.2 +1 +— +line 9 {2}ru only$/m)
    expect(text).toMatch(/^ {2}1\.1 +1 +line 17 +line 7$/m)
  })

  it('keeps file names when there are several files', () => {
    const two = importPolicy([
      {name: 'kk.txt', bytes: new TextEncoder().encode('1. Жалпы ережелер\n\n1.1. Біз деректерді қорғаймыз.')},
      {name: 'ru.txt', bytes: new TextEncoder().encode('1. Общие положения\n\n1.1. Мы защищаем данные.')},
    ], {slug: 'two', effectiveFrom: '2024-01-01'})
    expect(formatReport(two.report)).toMatch(/^ {2}1\.1 +1 +kk\.txt:3 +ru\.txt:3$/m)
  })

  it('from version 2 on, warns when the summary lacks a language the text is written in (the Studio\'s rule)', () => {
    const input = (name: string, text: string) => ({name, bytes: new TextEncoder().encode(text)})
    const files = [input('kk.txt', '1. Жалпы ережелер\n\n1.1. Біз деректерді қорғаймыз.'), input('ru.txt', '1. Общие положения\n\n1.1. Мы защищаем данные.')]
    const kkOnly = importPolicy(files, {slug: 'two', effectiveFrom: '2024-01-01', version: 2, summary: {kk: 'Өзгерді'}})
    expect(kkOnly.report.warnings.filter((w) => w.startsWith('summary:'))).toEqual([
      'summary: From version 2 on, a summary is required in ru (the sections are written in ru) (--summary-kk / --summary-ru)',
    ])
    const both = importPolicy(files, {slug: 'two', effectiveFrom: '2024-01-01', version: 2, summary: {kk: 'Өзгерді', ru: 'Изменено'}})
    expect(both.report.warnings.filter((w) => w.startsWith('summary:'))).toEqual([])
  })
})
