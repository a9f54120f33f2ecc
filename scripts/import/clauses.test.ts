import {describe, expect, it} from 'vitest'
import {isBareClauseNumber, isOpenEnded, parseClause} from './clauses'

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
