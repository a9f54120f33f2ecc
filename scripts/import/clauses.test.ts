import {describe, expect, it} from 'vitest'
import {isBareClauseNumber, isClauseLine, isOpenEnded, parseClause, romanValue} from './clauses'

describe('parseClause', () => {
  it.each([
    ['1. Общие положения', '1', 3],
    ['2.1. Настоящая Политика', '2.1', 5],
    ['1.1 Осы Құпиялылық саясатында', '1.1', 4],
    ['4.1.12 Ұсыныстарды', '4.1.12', 7],
    ['3.2.1.Пайдаланушының тегі', '3.2.1', 6],
  ])('%s → %s', (text, number, restOffset) => {
    expect(parseClause(text)).toMatchObject({number, restOffset})
  })

  it.each(['10 (десяти) дней', '2021-11-26 жылдан', '21.05.2013 г.', '100% қауіпсіз', 'Пункт 1.1.'])('%s is no clause', (text) => {
    expect(parseClause(text)).toBeUndefined()
  })

  it.each([
    ['1.1) Осы саясат', '1.1', 'clause', 5],
    ['1 Общие положения', '1', 'clause', 2],
    ['п. 1.1. Настоящая политика', '1.1', 'clause', 8],
    ['пп.2.3 Данные', '2.3', 'clause', 7],
    ['1.1-тармақ. Осы саясат', '1.1', 'clause', 12],
    ['2.1.1-тармақша. Деректер', '2.1.1', 'clause', 16],
    ['Статья 5. Заключительные положения', '5', 'article', 10],
    ['5-бап. Қорытынды ережелер', '5', 'article', 7],
    ['II. ОБЩИЕ ПОЛОЖЕНИЯ', '2', 'part', 4],
    ['ІV. ПАЙДАЛАНУШЫНЫҢ ҚҰҚЫҚТАРЫ', '4', 'part', 4],
    ['XII Заключительные положения', '12', 'part', 4],
    ['Глава 3. Права', '3', 'part', 9],
    ['РАЗДЕЛ IV Права', '4', 'part', 10],
    ['3-тарау. Құқықтар', '3', 'part', 9],
    ['2 бөлім. Деректер', '2', 'part', 9],
  ])('%s → %s (%s)', (text, number, rank, restOffset) => {
    expect(parseClause(text)).toMatchObject({number, rank, restOffset})
  })

  it.each([
    'Статья 5 настоящего Закона применяется',
    '5-бапқа сәйкес деректер өңделеді',
    '1.1-тармақта көрсетілген мерзім',
    'п. 1.1 настоящей политики',
    '1) имя пользователя;',
    'IT-компания обрабатывает данные',
    'Іс Басқармасы',
    '5 рабочих дней',
  ])('%s is no number of its own', (text) => {
    expect(parseClause(text)).toBeUndefined()
  })

  it('reads Roman numerals, Cyrillic І and Х too', () => {
    expect(['I', 'IV', 'IX', 'XIV', 'XL', 'ІІІ', 'ХІ', 'IIII', 'VX'].map(romanValue)).toEqual([1, 4, 9, 14, 40, 3, 11, undefined, undefined])
  })

  it('knows the lines that start a clause before Markdown', () => {
    expect(['1.1. Текст', '**4.2.1.** Текст', '## 2. Цели', 'II. ОБЩИЕ', 'Статья 1. Общие', '3.2.1.Пайдаланушының', 'Текст 1.1.'].map(isClauseLine)).toEqual([true, true, true, true, true, false, false])
  })

  it('knows a bold run holding only a number', () => {
    expect(['2.2.', '1.1.1.', '3.', ' 4.2 '].map(isBareClauseNumber)).toEqual([true, true, true, true])
    expect(['2', '2.2. Текст', '2021'].map(isBareClauseNumber)).toEqual([false, false, false])
  })
})

describe('isOpenEnded', () => {
  it('sees a sentence cut in the middle', () => {
    expect(isOpenEnded('Использование Сайта с помощью веб-браузера означает согласие Пользователя с тем, что')).toBe(true)
    expect(isOpenEnded('Қолданушы әкімшіліктің осы Саясатта көзделген мақсаттарда cookies-тен деректерді жинауы және')).toBe(true)
  })

  it('leaves finished sentences, short labels, addresses and numbers alone', () => {
    expect(isOpenEnded('Мы не продаём персональные данные третьим лицам.')).toBe(false)
    expect(isOpenEnded('бізбен хабарласыңыз')).toBe(false)
    expect(isOpenEnded('По всем вопросам пишите на адрес info@example.kz')).toBe(false)
    expect(isOpenEnded('По всем вопросам звоните по телефону 8 700 000 0000')).toBe(false)
  })
})
