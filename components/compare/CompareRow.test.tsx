import {renderToStaticMarkup} from 'react-dom/server'
import {describe, expect, it} from 'vitest'
import {compareRevisions} from '@/lib/revisions/compare'
import {revision, section} from '@/lib/revisions/compare/testSections'
import {CompareRow} from './CompareRow'
import {CompareRows} from './CompareRows'
import {labels} from './testLabels'

const from = revision(1, [
  section('a', {kk: ['Мақсаты', 'Біз деректерді жинаймыз.'], ru: ['Цели', 'Мы собираем данные.']}),
  section('b', {kk: ['Cookie', 'Cookie файлдары.'], ru: ['Cookie', 'Файлы cookie.']}),
  section('gone', {kk: ['Ескі', 'Ескі мәтін.'], ru: ['Старое', 'Старый текст.']}),
])
const to = revision(2, [
  section('a', {kk: ['Мақсаты', 'Біз деректерін жинаймыз.'], ru: ['Цели', 'Мы собираем данные.']}),
  section('b', {kk: ['Cookie', 'Cookie файлдары.'], ru: ['Cookie', 'Файлы cookie.']}),
  section('new', {kk: ['Жаңа', 'Жаңа бөлім.'], ru: null}),
])
const rows = compareRevisions(from, to).rows
const render = (status: string, locale: 'kk' | 'ru' = 'ru') => {
  const row = rows.find((r) => r.status === status)
  if (!row) throw new Error(`no ${status} row`)
  const other = locale === 'ru' ? 'kk' : 'ru'
  return renderToStaticMarkup(<CompareRow row={row} locale={locale} otherLocale={other} labels={labels} />)
}

describe('CompareRow', () => {
  it('marks inserted and deleted words with hidden labels for screen readers', () => {
    const html = render('changed')
    expect(html).toContain('<del class="')
    expect(html).toMatch(/<del [^>]*><span lang="ru" class="sr-only">удалено: <\/span>деректерді<\/del>/)
    expect(html).toMatch(/<ins [^>]*><span lang="ru" class="sr-only">вставлено: <\/span>деректерін<\/ins>/)
    expect(html).toContain('Изменён')
  })

  it("puts the page's language first, each column with its own lang", () => {
    expect(render('changed', 'ru').match(/data-locale="(\w+)"/g)).toEqual(['data-locale="ru"', 'data-locale="kk"'])
    expect(render('changed', 'kk').match(/<div lang="(\w+)"/g)).toEqual(['<div lang="kk"', '<div lang="ru"'])
  })

  it('collapses an unchanged section in <details> with its heading in the summary', () => {
    const html = render('unchanged')
    expect(html).toMatch(/^<details[^>]*data-status="unchanged"/)
    expect(html).toContain('<summary')
    expect(html).toContain('<span lang="ru" class="font-semibold">Cookie</span>')
    expect(html).toContain('Без изменений')
    expect(html).not.toMatch(/<(ins|del)[ >]/)
  })

  it('gives added and removed sections a visible badge and says when a language is missing', () => {
    const added = render('added')
    expect(added).toContain('Новый раздел')
    expect(added).toMatch(/<ins [^>]*>.*Жаңа бөлім\.<\/ins>/)
    expect(added).toContain('<p lang="ru" class="mt-2 rounded-md border border-dashed')
    expect(added).toContain('В этой версии нет текста на этом языке')
    const removed = render('removed')
    expect(removed).toContain('Раздел удалён')
    expect(removed).toMatch(/<del [^>]*>.*Старый текст\.<\/del>/)
    expect(removed).not.toContain('<details')
  })

  it('renders every row in order', () => {
    const html = renderToStaticMarkup(<CompareRows rows={rows} locale="kk" otherLocale="ru" labels={labels} />)
    expect(html.match(/data-status="(\w+)"/g)).toEqual([
      'data-status="changed"',
      'data-status="unchanged"',
      'data-status="removed"',
      'data-status="added"',
    ])
  })

  it('a comparison of two one-language revisions shows that language alone, with no "no text" note', () => {
    const kkOnly = (r: ReturnType<typeof revision>) => ({...r, sections: r.sections.map((sec) => ({...sec, heading: {kk: sec.heading.kk}, body: {kk: sec.body.kk}}))})
    const oneLanguage = compareRevisions(kkOnly(from), kkOnly(to)).rows
    const html = renderToStaticMarkup(<CompareRows rows={oneLanguage} locale="ru" otherLocale="kk" labels={labels} only="kk" />)
    expect(html.match(/data-locale="(\w+)"/g)?.every((m) => m === 'data-locale="kk"')).toBe(true)
    expect(html).not.toContain(labels.missingInTo)
    expect(html).not.toContain(labels.missingInFrom)
    expect(html).not.toContain('lg:grid-cols-2')
  })
})
