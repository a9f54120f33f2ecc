import {describe, expect, it} from 'vitest'
import {compareRevisions} from './compareRevisions'
import {revision, section} from './testSections'
import type {DiffPart} from './types'

const changedWords = (parts: DiffPart[]) => parts.filter((part) => part.kind !== 'same').map((p) => p.kind + ':' + p.text)

describe('compareRevisions', () => {
  const from = revision(1, [
    section('intro', {kk: ['Кіріспе', 'Біз деректерді жинаймыз.'], ru: ['Введение', 'Мы собираем данные.']}),
    section('purpose', {kk: ['Мақсаты', 'Қызмет көрсету.'], ru: ['Цели', 'Оказание услуг.']}),
    section('cookies', {kk: ['Cookie', 'Cookie файлдары.'], ru: ['Cookie', 'Файлы cookie.']}),
    section('old', {kk: ['Ескі', 'Алынып тасталды.'], ru: ['Старое', 'Удалено.']}),
    section('contacts', {kk: ['Байланыс', 'info@site.kz'], ru: ['Контакты', 'info@site.kz']}),
  ])
  const to = revision(2, [
    section('intro', {kk: ['Кіріспе', 'Біз деректерін жинаймыз.'], ru: ['Введение', 'Мы  собираем данные.']}),
    section('cookies', {kk: ['Cookie', 'Cookie файлдары.'], ru: ['Cookie', 'Файлы cookie.']}),
    section('new', {kk: ['Жаңа', 'Жаңа бөлім.'], ru: null}),
    section('contacts', {kk: ['Байланыс', 'help@site.kz'], ru: ['Контакты', 'help@site.kz']}),
    section('purpose', {kk: ['Мақсаттары', 'Қызмет көрсету.'], ru: ['Цели', 'Оказание услуг.']}),
  ])
  const result = compareRevisions(from, to)

  it('counts rows by status', () => {
    expect(result.rows.map((row) => row.status)).toEqual(['changed', 'unchanged', 'removed', 'added', 'changed', 'moved'])
    expect(result.stats).toEqual({added: 1, removed: 1, changed: 2, moved: 1, unchanged: 1})
  })

  it('diffs each language of a changed section on its own', () => {
    const intro = result.rows[0]
    expect(changedWords(intro.locales.kk.body.flat())).toEqual(['delete:деректерді', 'insert:деректерін'])
    expect(intro.locales.kk.changed).toBe(true)
    // Russian only gained a space: unchanged, shown as the newer text.
    expect(intro.locales.ru).toMatchObject({changed: false, body: [[{kind: 'same', text: 'Мы  собираем данные.'}]]})
  })

  it('diffs the heading of a moved section that also changed', () => {
    const purpose = result.rows[5]
    expect(purpose).toMatchObject({status: 'moved', moved: true, changed: true})
    expect(changedWords(purpose.locales.kk.heading)).toEqual(['delete:Мақсаты', 'insert:Мақсаттары'])
    expect(purpose.locales.ru.changed).toBe(false)
  })

  it('shows added and removed sections whole, and a language missing on one side', () => {
    const removed = result.rows[2]
    expect(removed.locales.ru.body).toEqual([[{kind: 'delete', text: 'Удалено.'}]])
    expect(removed.locales.ru.missing).toEqual({from: false, to: false})
    const added = result.rows[3]
    expect(added.locales.kk.heading).toEqual([{kind: 'insert', text: 'Жаңа'}])
    expect(added.locales.ru).toEqual({heading: [], body: [], missing: {from: false, to: true}, changed: false})
  })

  it('gives every row a unique id and the anchor to link to', () => {
    expect(new Set(result.rows.map((row) => row.id)).size).toBe(result.rows.length)
    expect(result.rows.map((row) => row.anchor)).toEqual(['intro', 'cookies', 'old', 'new', 'contacts', 'purpose'])
  })

  it('marks a language added to an existing section as missing before', () => {
    const a = revision(1, [section('s', {kk: null})])
    const b = revision(2, [section('s')])
    const [row] = compareRevisions(a, b).rows
    expect(row.status).toBe('changed')
    expect(row.locales.kk.missing).toEqual({from: true, to: false})
    expect(row.locales.kk.body.flat().every((part) => part.kind === 'insert')).toBe(true)
  })

  it('finds nothing to report between a revision and itself', () => {
    const same = compareRevisions(from, from)
    expect(same.stats).toEqual({added: 0, removed: 0, changed: 0, moved: 0, unchanged: 5})
  })
})
