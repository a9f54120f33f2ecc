// A revision published in one language: one notice at the top in the reader's language, the text alone across the
// whole width; a section missing from a bilingual revision keeps its own notice.
import {JSDOM} from 'jsdom'
import {describe, expect, it, vi} from 'vitest'
import {lifecycle} from '@/lib/api/testing/lifecycle'
import type {Locale} from '@/lib/content/types'
import {renderToStaticHtml} from '@/lib/html/render'
import {translator} from '@/lib/i18n/translator'
import {findEntry} from '@/lib/revisions/timeline'
import {RevisionDocument} from './RevisionDocument'

// @ts-expect-error the package publishes no types for this build file
vi.mock('@portabletext/react', () => import('../../node_modules/@portabletext/react/dist/index.react-server.js'))

type Doc = {sections: {heading: Record<string, string>; body: Record<string, unknown>}[]}

/** Version 2 of the e2e `lifecycle` policy (current, with v3 announced), edited. */
async function page(locale: Locale, edit: (v2: Doc) => void) {
  const {policy, timeline} = lifecycle('2026-03-15', (docs) => edit(docs[1] as Doc))
  const entry = findEntry(timeline, 2)!
  const html = await renderToStaticHtml(
    <RevisionDocument policy={policy} timeline={timeline} entry={entry} locale={locale} t={translator(locale)} path="/x" alternateHref="/y" drafts={false} />,
  )
  const {document} = new JSDOM(html).window
  return {document, rows: [...document.querySelectorAll('main section[data-anchor]')]}
}

const dropLanguage = (locale: Locale) => (v2: Doc) => {
  for (const section of v2.sections) {
    delete section.heading[locale]
    delete section.body[locale]
  }
}

const NOT_TRANSLATED = /аударылмаған|Аудармасы жоқ|не переведён|Нет перевода/

describe('a revision published in one language', () => {
  for (const [reader, missing, notice] of [
    ['kk', 'kk', 'Бұл құжат тек орыс тілінде жарияланған.'],
    ['ru', 'kk', 'Этот документ опубликован только на русском языке.'],
    ['kk', 'ru', 'Бұл құжат тек қазақ тілінде жарияланған.'],
    ['ru', 'ru', 'Этот документ опубликован только на казахском языке.'],
  ] as const) {
    const present = missing === 'kk' ? 'ru' : 'kk'
    it(`${reader} page, no ${missing}: one notice in ${reader}, the ${present} text alone with its lang`, async () => {
      const {document, rows} = await page(reader, dropLanguage(missing))
      const notes = [...document.querySelectorAll('[role=note]')].filter((note) => note.textContent === notice)
      expect(notes).toHaveLength(1)
      expect(document.body.textContent).not.toMatch(NOT_TRANSLATED)
      expect(rows).toHaveLength(4)
      for (const row of rows) {
        const columns = row.querySelectorAll(':scope > [data-locale]')
        expect(columns).toHaveLength(1)
        expect(columns[0].getAttribute('lang')).toBe(present)
        expect(columns[0].querySelector('h2')?.textContent).toBeTruthy()
        expect(row.className).not.toMatch(/grid-cols-2|print-columns/)
        expect(row.querySelector('a[hreflang]')).toBeNull()
      }
      // One text: it is the only official one (never "equal force of both texts"), and it has the only hash.
      const statement = document.querySelector('footer [data-prevailing]')!
      expect(statement.getAttribute('data-prevailing')).toBe(`only-${present}`)
      expect([...statement.querySelectorAll('p')].map((p) => [p.getAttribute('lang'), p.textContent])).toEqual(
        [reader, reader === 'kk' ? 'ru' : 'kk'].map((code) => [code, translator(code as Locale)(`Prevailing.only.${present}`)]),
      )
      expect(document.body.textContent).not.toMatch(/заңды күші бірдей|одинаковую юридическую силу/)
      expect([...document.querySelectorAll('footer [data-hash]')].map((code) => code.getAttribute('data-hash'))).toEqual(['all', present])
    })
  }
})

describe('a bilingual revision with a section missing a language', () => {
  it('keeps the notice in that section only, and no one-language notice', async () => {
    const {document, rows} = await page('kk', (v2) => {
      delete v2.sections[1].heading.ru
      delete v2.sections[1].body.ru
    })
    expect(document.body.textContent).not.toMatch(/тілінде жарияланған/)
    expect(rows.map((row) => row.querySelectorAll(':scope > [data-locale]').length)).toEqual([2, 2, 2, 2])
    expect(rows[1].querySelector('[data-locale="ru"]')?.textContent).toContain('Этот раздел ещё не переведён на русский язык.')
    expect(rows.filter((row) => NOT_TRANSLATED.test(row.textContent!))).toEqual([rows[1]])
  })
})
