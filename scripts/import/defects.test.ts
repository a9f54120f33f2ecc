// Numbering defects never stop the import: each is reported with file and line, and the paragraph goes where it
// most likely belongs.
import {describe, expect, it} from 'vitest'
import {bodyTexts, importText, sectionsOf} from './test-exports'

const join = (...lines: string[]) => lines.join('\n\n')
const anchors = (result: ReturnType<typeof importText>) => sectionsOf(result).map((section) => section.anchor)

describe('numbering defects', () => {
  it('keeps a clause given twice, and says where both are', () => {
    const result = importText(join('1. Общие положения', '1.1. Первый пункт.', '1.2. Второй пункт.', '1.2. Третий пункт.'))
    expect(bodyTexts(sectionsOf(result)[0], 'ru')).toHaveLength(3)
    expect(result.report.warnings).toContain('inline.txt:7: clause 1.2 appears twice in the ru text (first on line 5); both kept')
  })

  it('keeps a mistyped clause among its neighbours ("3.1, 2.3, 3.3")', () => {
    const result = importText(join('1. Общие', '1.1. Один.', '3. Права', '3.1. Первый.', '2.3. Второй.', '3.3. Третий.'))
    expect(anchors(result)).toEqual(['1', '3'])
    expect(bodyTexts(sectionsOf(result)[1], 'ru')).toEqual(['3.1. Первый.', '2.3. Второй.', '3.3. Третий.'])
    expect(result.report.warnings).toContain('inline.txt:9: ru clause 2.3 stands among the clauses of section 3: out of order, kept in section 3')
  })

  it('reads a section without a heading line as one ("1.2, 2.1, 3.")', () => {
    const result = importText(join('1. Общие', '1.1. Один.', '1.2. Два.', '2.1. Три.', '3. Права', '3.1. Четыре.'))
    expect(anchors(result)).toEqual(['1', '2', '3'])
    expect(result.report.warnings.filter((w) => /out of order/.test(w))).toEqual([])
  })

  it('places a clause that comes back to an earlier section by its number, and says so', () => {
    const result = importText(join('1. Общие', '1.1. Один.', '2. Права', '2.1. Два.', '2.2. Три.', '1.2. Четыре.', '1.3. Пять.'))
    expect(bodyTexts(sectionsOf(result)[0], 'ru')).toEqual(['1.1. Один.', '1.2. Четыре.', '1.3. Пять.'])
    expect(result.report.warnings).toContain('inline.txt:11: ru clause 1.2 comes after section 2 began: out of order, placed in section 1 by its number')
  })

  it('reads a section number given twice as the number its clauses carry', () => {
    const result = importText(join('1. Общие', '1.1. Один.', '2. Данные', '2.1. Два.', '2. Права', '3.1. Три.'))
    expect(sectionsOf(result).map((s) => [s.anchor, s.heading.ru])).toEqual([['1', '1. Общие'], ['2', '2. Данные'], ['3', '2. Права']])
    expect(result.report.warnings[0]).toMatch(/^inline\.txt:9: section 2 appears twice in the ru text \(first on line 5\); its clauses are numbered 3\.…, so it is read as section 3$/)
  })

  it('keeps a section given twice as a section of its own when nothing says which it is', () => {
    const result = importText(join('1. Общие', '1.1. Один.', '1. Права', 'Текст без номера.'))
    expect(anchors(result)).toEqual(['1', '1-2'])
    expect(result.report.warnings[0]).toMatch(/section 1 appears twice in the ru text \(first on line 1\); kept as a section of its own/)
  })

  it('puts sections numbered differently in the two languages in one row, between matched ones', () => {
    const result = importText(join(
      '1. Жалпы ережелер', '1.1. Біз деректерді қорғаймыз.', '2. Деректерді сақтау', '2.1. Деректер Қазақстанда сақталады.', '3. Байланыс', '3.1. Бізге хат жазыңыз.',
      '1. Общие положения', '1.1. Мы защищаем данные.', '4. Хранение данных', '4.1. Данные хранятся в Казахстане.', '3. Контакты', '3.1. Напишите нам.',
    ))
    const sections = sectionsOf(result)
    expect(sections.map((s) => s.anchor)).toEqual(['1', '2', '3'])
    expect(bodyTexts(sections[1], 'ru')).toEqual(['4.1. Данные хранятся в Казахстане.'])
    expect(result.report.warnings).toContain('inline.txt:5: kk section 2 and ru section 4 stand in the same place between matched sections; put in one row (the ru one: inline.txt:17)')
    expect(result.report.clauses.find((clause) => clause.number === '2.1 / 4.1')).toMatchObject({note: 'numbered differently', from: {kk: 'inline.txt:7', ru: 'inline.txt:19'}})
  })
})
