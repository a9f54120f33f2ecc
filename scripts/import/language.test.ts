import {describe, expect, it} from 'vitest'
import type {Locale} from '@/lib/content/types'
import {assignLanguages, detectLanguage} from './language'

type Unit = {text: string; lang?: Locale}

describe('detectLanguage', () => {
  it.each([
    ['Біз сіздің жеке ақпаратыңызды бағалаймыз', 'kk'],
    ['Мы ценим ваше доверие и защищаем персональные данные пользователей сайта', 'ru'],
    ['Транзакциялар туралы деректер', 'kk'],
    ['Меры по защите информации', 'ru'],
  ])('%s → %s', (text, locale) => {
    expect(detectLanguage(text)).toBe(locale)
  })

  it('does not let one Kazakh name turn a long Russian paragraph Kazakh', () => {
    const text = 'Персональные данные обрабатываются в соответствии с законодательством Республики Казахстан и внутренними документами ТОО «Қазақ»; иные цели обработки не допускаются.'
    expect(detectLanguage(text)).toBe('ru')
  })

  it('leaves text without Cyrillic undecided', () => {
    expect(detectLanguage('Cookie')).toBeUndefined()
  })
})

describe('assignLanguages', () => {
  it('gives undecided units the language of their neighbours', () => {
    const units: Unit[] = [{text: 'Cookie'}, {text: 'Бұл қызмет cookie файлдарын пайдаланбайды.'}, {text: 'Google Play'}]
    expect(assignLanguages(units).map((unit) => unit.lang)).toEqual(['kk', 'kk', 'kk'])
  })

  it('falls back to the letters alone when every unit is short', () => {
    expect(assignLanguages<Unit>([{text: 'Привет'}]).map((unit) => unit.lang)).toEqual(['ru'])
  })
})
