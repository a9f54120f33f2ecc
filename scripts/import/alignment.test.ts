// Seed 001 interleaves Russian and Kazakh: a two-column table first, then alternating Markdown chunks. Every
// numbered clause must land in the same row as its partner. The pairs below were read off the seed by hand.
import {describe, expect, it} from 'vitest'
import {bodyTexts, importSeed, SEEDS, sectionsOf} from './test-helpers'

const PAIRS: [clause: string, ru: string, kk: string][] = [
  ['1.1', 'Использование Сайта в любой форме', 'Сайтты кез келген мақсатта пайдалану'],
  ['1.2', 'Условия, оговоренные в Политике', 'Саясатта айтылған шарттарды'],
  ['1.3', 'Принимая условия настоящей Политики', 'Осы Саясаттың шарттарын қабылдай отырып'],
  ['2.1', 'Настоящая Политика распространяется', 'Осы Саясат дербес ақпараттың'],
  ['2.1.1', 'Персональная информация, размещаемая Пользователями', 'Қолданушылар орналастыратын дербес ақпарат'],
  ['2.1.2', 'Данные, автоматически передаваемые Сайту', 'Қолданушының құрылғысында орнатылған'],
  ['3.1', 'Администрация осуществляет сбор', 'Әкімшілік қолданушылар туралы ақпаратты'],
  ['3.2', 'Мобильные приложения могут собирать', 'Мобильді қосымшалар Қолданушының'],
  ['3.3', 'Настоящим Пользователь выражает', 'Осы арқылы Қолданушы'],
  ['3.4', 'При необходимости использовать', 'Қолданушы туралы дербес ақпаратты осы'],
  ['4.1', 'Персональная информация о Пользователях хранится', 'Қолданушылар туралы дербес ақпарат Қазақстан'],
  ['4.2', 'Персональная информация о Пользователях не передается', 'Қолданушылар туралы дербес ақпарат үшінші'],
  ['4.2.1', 'Пользователь выразил согласие', 'Қолданушы мұндай әрекетке'],
  ['4.2.2', 'Передача необходима', 'Ақпаратты беру сайттың жұмысын'],
  ['4.2.3', 'Передача предусмотрена', 'Ақпаратты беру Қазақстан'],
  ['4.2.4', 'В целях обеспечения возможности', 'Қолданушы келісім шарттарын бұзған'],
  ['5.1', 'Администрация принимает все необходимые', 'Әкімшілік пайдаланушылар туралы'],
  ['5.2', 'При обработке персональных данных', 'Қолданушылардың дербес деректерін өңдеу'],
  ['6.1', 'Настоящая Политика, отношения', 'Осы саясат, осы Саясатты'],
]

const HEADINGS: [anchor: string, ru: string, kk: string][] = [
  ['1', '1. Общие положения', '1. Жалпы ережелер'],
  ['2', '2. Состав персональной информации Пользователей, которую получает и обрабатывает Администрация', '2. Әкімшілік алатын және өңдейтін қолданушылардың дербес ақпараттары'],
  ['3', '3. Цели сбора и обработки информации о Пользователях', '3. Қолданушылар туралы ақпаратты жинау және өңдеудің мақсаты'],
  ['4', '4. Обработка информации о Пользователях', '4. Қолданушылар туралы ақпаратты өңдеу'],
  ['5', '5. Меры по защите информации о Пользователях', '5. Қолданушылар туралы ақпаратты қорғау жөніндегі шаралар'],
  ['6', '6. Заключительные положения', '6. Қорытынды ережелер'],
]

describe('seed 001: ru and kk aligned by clause number', () => {
  const result = importSeed(SEEDS.privacy)
  const sections = sectionsOf(result)

  it.each(PAIRS)('clause %s sits in the same row in both languages', (clause, ru, kk) => {
    const row = sections.find((section) => bodyTexts(section, 'ru').some((text) => text.startsWith(`${clause}. ${ru}`)))
    expect(row, `no row holds ru ${clause}`).toBeDefined()
    expect(bodyTexts(row!, 'kk').filter((text) => text.startsWith(`${clause}. ${kk}`))).toHaveLength(1)
  })

  it.each(HEADINGS)('section %s has both headings', (anchor, ru, kk) => {
    expect(sections.find((section) => section.anchor === anchor)?.heading).toEqual({kk, ru})
  })

  it('has the intro and six sections, every one in both languages, with no unmatched clause', () => {
    expect(sections.map((section) => section.anchor)).toEqual(['intro', '1', '2', '3', '4', '5', '6'])
    expect(result.report.sections.every((section) => section.status === 'ok')).toBe(true)
    expect(result.report.warnings.filter((warning) => /partner/.test(warning))).toEqual([])
  })

  it('takes both titles from the first paragraph and leaves its sentence in the intro', () => {
    expect(result.report.title).toEqual({kk: 'Деректерді құпия сақтау саясаты', ru: 'Политика конфиденциальности'})
    expect(bodyTexts(sections[0], 'ru')).toEqual(['Перед использованием Сайта, пользователям следует ознакомиться с условиями настоящей Политики конфиденциальности.'])
  })

  it('joins paragraphs that the chunks cut in two, in each language', () => {
    const first = sections[1]
    expect(bodyTexts(first, 'ru').some((text) => text.includes('с тем, что Администрация может собирать'))).toBe(true)
    expect(bodyTexts(first, 'kk').some((text) => text.includes('деректерді жинауы және өңдеуі, сондай-ақ'))).toBe(true)
    const second = sections[2]
    expect(bodyTexts(second, 'ru').find((text) => text.startsWith('2.1.2.'))).toContain('с помощью установленного на устройстве')
    expect(bodyTexts(second, 'kk').find((text) => text.startsWith('2.1.2.'))).toContain('жеке желілік нөмірі (MAC-мекенжайы')
  })

  it('drops the "Рус / Каз" table header and reports it', () => {
    expect(result.report.dropped).toEqual([expect.objectContaining({line: 3, reason: 'table header'})])
    expect(JSON.stringify(sections)).not.toMatch(/"Рус"|Каз"/)
  })
})
