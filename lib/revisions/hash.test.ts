import {describe, expect, it} from 'vitest'
import type {Section} from '@/lib/content/types'
import {hashSections} from './hash'

const section = (kk: string, ru: string, key = 'k1'): Section => ({
  key,
  anchor: '1',
  heading: {kk: 'Жалпы', ru: 'Общие'},
  body: {
    kk: [{_type: 'block', _key: 'a', style: 'normal', children: [{_type: 'span', _key: 's', text: kk}], markDefs: []}],
    ru: [{_type: 'block', _key: 'b', style: 'normal', children: [{_type: 'span', _key: 't', text: ru}], markDefs: []}],
  },
})

describe('hashSections', () => {
  it('is a sha256 per revision and per language', () => {
    const hash = hashSections([section('мәтін', 'текст')])
    for (const value of Object.values(hash)) expect(value).toMatch(/^[0-9a-f]{64}$/)
    expect(new Set(Object.values(hash)).size).toBe(3)
  })

  it('ignores keys but not text', () => {
    const base = hashSections([section('мәтін', 'текст')])
    expect(hashSections([section('мәтін', 'текст', 'other-key')])).toEqual(base)
    expect(hashSections([section('мәтін!', 'текст')]).all).not.toBe(base.all)
  })

  it('changes only the hash of the language that changed', () => {
    const base = hashSections([section('мәтін', 'текст')])
    const changed = hashSections([section('мәтін', 'текст 2')])
    expect(changed.kk).toBe(base.kk)
    expect(changed.ru).not.toBe(base.ru)
  })
})
