// Reading the layout of bilingual documents: tables (header rows, number columns, a number in one cell only),
// "kk / ru" lines, and which language a unit is when its letters do not say.
import {describe, expect, it} from 'vitest'
import {splitBilingual} from './bilingual'
import {assignParaLanguages} from './language'
import {bodyTexts, importText, sectionsOf} from './test-exports'
import type {Para} from './types'

const page = (rows: string) => `<!doctype html><html><body><table>${rows}</table></body></html>`
const tr = (...cells: string[]) => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`

describe('tables', () => {
  it('drops a header row naming the languages, reports it, and reads either column order', () => {
    const result = importText(page(tr('Русский', 'Қазақша') + tr('1.1. Мы храним данные в Казахстане.', '1.1. Біз деректерді Қазақстанда сақтаймыз.')), {}, 't.html')
    expect(result.report.dropped).toEqual([expect.objectContaining({reason: 'table header', text: 'Русский | Қазақша', line: 1})])
    const [section] = sectionsOf(result)
    expect([bodyTexts(section, 'kk'), bodyTexts(section, 'ru')]).toEqual([['1.1. Біз деректерді Қазақстанда сақтаймыз.'], ['1.1. Мы храним данные в Казахстане.']])
  })

  it('takes the language from the letters even when the header says otherwise', () => {
    const result = importText(page(tr('На казахском', 'На русском') + tr('1.1. Мы храним данные в Казахстане.', '1.1. Біз деректерді Қазақстанда сақтаймыз.')), {}, 't.html')
    expect(bodyTexts(sectionsOf(result)[0], 'kk')).toEqual(['1.1. Біз деректерді Қазақстанда сақтаймыз.'])
  })

  it('puts a number column\'s number in front of both languages', () => {
    const result = importText(page(tr('№', 'Қазақша', 'Русский') + tr('1', 'Жалпы ережелер', 'Общие положения') + tr('1.1', 'Біз деректерді қорғаймыз.', 'Мы защищаем данные.')), {}, 't.html')
    const [section] = sectionsOf(result)
    expect(section.heading).toEqual({kk: '1. Жалпы ережелер', ru: '1. Общие положения'})
    expect([bodyTexts(section, 'kk'), bodyTexts(section, 'ru')]).toEqual([['1.1. Біз деректерді қорғаймыз.'], ['1.1. Мы защищаем данные.']])
  })

  it('gives a cell without a number the number of the other cell in its row', () => {
    const result = importText(page(tr('2.1) Біз деректерді қорғаймыз.', 'Мы защищаем данные.')), {}, 't.html')
    expect(bodyTexts(sectionsOf(result)[0], 'ru')).toEqual(['2.1. Мы защищаем данные.'])
  })

  it('reads a short heading without Kazakh letters by the other cell of its row', () => {
    const result = importText(page(tr('<b>2. Жиналатын деректер</b>', '<b>2. Собираемые данные</b>') + tr('2.1. Ұйым атыңызды жинайды.', '2.1. Организация собирает имя.')), {}, 't.html')
    expect(sectionsOf(result)[0].heading).toEqual({kk: '2. Жиналатын деректер', ru: '2. Собираемые данные'})
  })

  it('never joins a cell to the cell before it, even when that one stops mid-sentence', () => {
    const result = importText(page(tr('1.1. Біз деректерді Қазақстанда сақтаймыз және', '1.1. Мы храним данные в Казахстане и')  + tr('Басқа ешкімге бермейміз.', 'Никому не передаём.')), {}, 't.html')
    expect(bodyTexts(sectionsOf(result)[0], 'ru')).toEqual(['1.1. Мы храним данные в Казахстане и', 'Никому не передаём.'])
  })
})

const para = (text: string, extra: Partial<Para> = {}): Para => ({file: 'f', line: 1, kind: 'para', html: text, text, bold: false, ...extra})

describe('"kk / ru" lines', () => {
  it('splits a line whose halves are told apart, the number going to both', () => {
    expect(splitBilingual([para('3. Деректерді пайдалану / Использование данных')]).map((p) => p.text)).toEqual(['3. Деректерді пайдалану', '3. Использование данных'])
    expect(splitBilingual([para('Алматы қ., 2024 жылғы 1 наурыз\u00a0\u00a0\u00a0 г. Алматы, 1 марта 2024 г.')]).map((p) => p.text)).toEqual(['Алматы қ., 2024 жылғы 1 наурыз', 'г. Алматы, 1 марта 2024 г.'])
    // The half the letters leave open is marked as the other language.
    expect(splitBilingual([para('Cookie түрлері\tВиды cookie')]).map((p) => [p.text, p.hint?.locale])).toEqual([['Cookie түрлері', undefined], ['Виды cookie', 'ru']])
  })

  it('leaves alone lines of one language and long paragraphs', () => {
    for (const text of ['Политика / Правила', 'и/или третьим лицам', `${'Длинный текст политики. '.repeat(8)} / ${'Ұзын мәтін. '.repeat(8)}`]) {
      expect(splitBilingual([para(text)]).map((p) => p.text)).toEqual([text])
    }
  })
})

describe('languages the letters leave open', () => {
  const langs = (paras: Para[]) => (assignParaLanguages(paras), paras.map((p) => p.lang))
  const long = {kk: 'Ұйым пайдаланушының деректерін қорғайды.', ru: 'Организация защищает данные пользователя.'}

  it('take the other language of the same number when that number is in one language only', () => {
    // "II. Контакты" follows Kazakh paragraphs: by its neighbours it would be Kazakh.
    const paras = [para(`I. ${long.kk}`), para(`1. ${long.kk}`), para('II. Деректерді сақтау'), para('II. Контакты'), para(`I. ${long.ru}`), para(`1. ${long.ru}`)]
    expect(langs(paras)).toEqual(['kk', 'kk', 'kk', 'ru', 'ru', 'ru'])
  })

  it('take their cell\'s language, else the other language of their row', () => {
    const cell = (row: number, column: number) => ({cell: {table: 1, row, column, header: false}})
    const paras = [para('Контакты', cell(1, 0)), para(long.ru, cell(1, 0)), para('Байланыс', cell(1, 1)), para('Телефоны', cell(2, 1)), para(long.kk, cell(2, 0))]
    expect(langs(paras)).toEqual(['ru', 'ru', 'kk', 'ru', 'kk'])
  })

  it('follow a label, and a label against the letters is reported', () => {
    const paras = [para('Жиналатын деректер', {hint: {locale: 'kk', from: 'label'}}), para(long.kk + ' Тағы бір сөйлем бар.', {hint: {locale: 'ru', from: 'label'}})]
    expect(assignParaLanguages(paras)).toEqual([expect.stringMatching(/labelled ru but its letters are kk; read as kk/)])
    expect(paras.map((p) => p.lang)).toEqual(['kk', 'kk'])
  })
})
