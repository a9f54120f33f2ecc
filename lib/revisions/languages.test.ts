import {describe, expect, it} from 'vitest'
import type {Section} from '@/lib/content/types'
import {hasText, onlyLanguage} from './languages'

const block = (text: string) => ({_type: 'block' as const, children: [{_type: 'span' as const, text}]})
const section = (anchor: string, heading: Section['heading'], body: Section['body'] = {}): Section => ({key: anchor, anchor, heading, body})

describe('onlyLanguage', () => {
  it('is the language of a revision whose other language has no heading and no body anywhere', () => {
    expect(onlyLanguage({sections: [section('1', {ru: 'Раздел'}, {ru: [block('Текст')]}), section('2', {}, {ru: [block('Ещё')]})]})).toBe('ru')
    expect(onlyLanguage({sections: [section('1', {kk: 'Бөлім'})]})).toBe('kk')
  })

  it('is none for a bilingual revision, even with one section missing a language', () => {
    expect(onlyLanguage({sections: [section('1', {kk: 'Бөлім', ru: 'Раздел'}), section('2', {kk: 'Тек қазақша'}, {kk: [block('Мәтін')]})]})).toBeUndefined()
    // A body alone counts as text, and so does a heading alone.
    expect(onlyLanguage({sections: [section('1', {kk: 'Бөлім'}), section('2', {}, {ru: [block('Текст')]})]})).toBeUndefined()
  })

  it('is none for a revision with no text at all', () => {
    expect(onlyLanguage({sections: []})).toBeUndefined()
    expect(onlyLanguage({sections: [section('1', {}, {kk: [], ru: []})]})).toBeUndefined()
  })
})

describe('hasText', () => {
  it('an empty body is no text', () => {
    expect(hasText(section('1', {}, {kk: []}), 'kk')).toBe(false)
    expect(hasText(section('1', {kk: ''}), 'kk')).toBe(false)
    expect(hasText(section('1', {kk: 'Бөлім'}), 'kk')).toBe(true)
  })
})
