import {describe, expect, it} from 'vitest'
import {trimTrailingTeasers} from './teasers'
import type {Para} from './types'

const paras = (...texts: string[]): Para[] => texts.map((text, i) => ({file: 'f', line: i + 1, kind: 'para', html: text, text, bold: false}))
const kept = (texts: string[]) => trimTrailingTeasers(paras(...texts)).paras.map((para) => para.text)

const POLICY = ['1. Общие положения', '1.1. Политика действует для всех пользователей сайта и его сервисов.']

describe('trimTrailingTeasers', () => {
  it('cuts a tail of article titles, excerpts and "read more" links after the last clause', () => {
    const result = trimTrailingTeasers(paras(...POLICY, 'Статьи:', 'Как выбрать хостинг', 'Мы сравнили десять провайдеров и ...', 'Читать далее'))
    expect(result.paras.map((p) => p.text)).toEqual(POLICY)
    expect(result.dropped.map((d) => d.line)).toEqual([3, 4, 5, 6])
  })

  it('keeps short closing lines of the policy before the tail', () => {
    expect(kept([...POLICY, 'Контакты', 'Email: info@example.kz', 'Новости:', 'Открытие офиса …', 'Подробнее'])).toEqual([...POLICY, 'Контакты', 'Email: info@example.kz'])
  })

  it('keeps a policy that merely ends with short lines, even repeated ones', () => {
    const ending = [...POLICY, 'Email: info@example.kz', 'Телефон: +7 700 000 00 00', 'Email: info@example.kz']
    expect(kept(ending)).toEqual(ending)
  })

  it('never cuts everything', () => {
    const all = ['Тег «Далее»', 'Коротко о главном ...', 'Тег «Далее»']
    expect(kept(all)).toEqual(all)
  })
})
