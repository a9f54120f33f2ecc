import {gzipSync} from 'node:zlib'
import {JSDOM} from 'jsdom'
import {describe, expect, it, vi} from 'vitest'
import {AppNotFound} from './AppNotFound'
import {AppRevision} from './AppRevision'
import {lifecycle} from '@/lib/api/testing/lifecycle'
import type {Locale, Policy} from '@/lib/content/types'
import {buildTimeline, findEntry, type Timeline} from '@/lib/revisions/timeline'
import {translator} from '@/lib/i18n/translator'
import {renderToStaticHtml} from '@/lib/html/render'
import {plainTextFloor} from '@/lib/app-view/testing/floor'
import {seedPolicy} from '@/lib/app-view/testing/seed-policy'

// Route handlers resolve the `react-server` build of @portabletext/react (plain functions, no hooks): test that one.
// @ts-expect-error the package publishes no types for this build file
vi.mock('@portabletext/react', () => import('../../node_modules/@portabletext/react/dist/index.react-server.js'))

async function view(policy: Policy, timeline: Timeline, locale: Locale, version: number, pinned = false) {
  const data = {locale, policy, timeline, entry: findEntry(timeline, version)!, pinned}
  const html = `<!DOCTYPE html>${await renderToStaticHtml(<AppRevision data={data} t={translator(locale)} />)}`
  return {html, document: new JSDOM(html).window.document}
}

const gzip = (text: string) => gzipSync(Buffer.from(text), {level: 9}).length

describe('app view document', () => {
  const {policy, timeline} = lifecycle('2026-03-15')

  it('is one complete document in one language, with no script and nothing to load', async () => {
    const {html, document} = await view(policy, timeline, 'kk', 2)
    expect(html.startsWith('<!DOCTYPE html><html lang="kk"><head><meta charSet="utf-8"/>')).toBe(true)
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\son[a-z]+=|javascript:/i)
    expect(document.querySelector('meta[name=viewport]')?.getAttribute('content')).toBe('width=device-width, initial-scale=1, viewport-fit=cover')
    expect(document.title).toBe('Деректерді сақтау саясаты')
    expect(document.body.textContent).not.toContain('Политика')
  })

  it('styles honour dark mode, safe areas and the reader text size (no px font sizes)', async () => {
    const {document} = await view(policy, timeline, 'ru', 2)
    const css = document.querySelector('style')?.textContent ?? ''
    expect(css).toContain('color-scheme:light dark')
    expect(css).toMatch(/env\(safe-area-inset-top\)[\s\S]*env\(safe-area-inset-bottom\)/)
    expect(css).not.toMatch(/font(-size)?:[^;}]*\d+px/)
    expect(css).not.toMatch(/url\(|@import/)
  })

  it('has every section under the anchor of the full page, in order', async () => {
    const {document} = await view(policy, timeline, 'ru', 2)
    const sections = [...document.querySelectorAll('main section')]
    expect(sections.map((s) => s.id)).toEqual(findEntry(timeline, 2)!.revision.sections.map((s) => s.anchor))
    expect(sections.map((s) => s.querySelector('h2')?.textContent)).toEqual(['1. Общие положения', '2. Срок хранения', '3. Контакты', '4. Файлы cookie'])
  })

  it('current view: announces the upcoming version and links to it; footer names this text and links across', async () => {
    const {document} = await view(policy, timeline, 'ru', 2)
    const notice = document.querySelector('[role=note]')!
    expect(notice.textContent).toContain('С 4 апреля 2026\u00a0г. вступает в силу новая редакция 3.')
    expect(notice.querySelector('a')?.getAttribute('href')).toBe('/ru/lifecycle/v/3/app')
    const footer = document.querySelector('footer')!
    expect(footer.querySelector('p')?.textContent).toBe('Редакция 2 · Действует с 13 февраля 2026\u00a0г.')
    expect(footer.querySelector('code')?.textContent).toBe(findEntry(timeline, 2)!.revision.hash.ru)
    const links = [...footer.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.getAttribute('lang')])
    expect(links).toEqual([['/kk/lifecycle/app', 'kk'], ['/ru/lifecycle', null]])
  })

  it('pinned archived view: says so, links to the current view, and stays on its version', async () => {
    const {document} = await view(policy, timeline, 'kk', 1, true)
    const notice = document.querySelector('[role=note]')!
    // Both dates in the nominative before «аралығында», which includes the last day.
    expect(notice.textContent).toMatch(/^Бұл — \d{4} жылғы \d{1,2} [а-яәіңғүұқөһ]+ – \d{4} жылғы \d{1,2} [а-яәіңғүұқөһ]+ аралығында күшінде болған мұрағаттағы 1-редакция\./)
    expect(document.title).toBe('Деректерді сақтау саясаты — 1-редакция (мұрағат)')
    expect(notice.querySelector('a')?.getAttribute('href')).toBe('/kk/lifecycle/app')
    const footer = document.querySelector('footer')!
    expect(footer.querySelector('p')?.textContent).toMatch(/^1-редакция · \d{4} жылғы .+ аралығында күшінде болған$/)
    expect([...footer.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['/ru/lifecycle/v/1/app', '/kk/lifecycle/v/1'])
  })

  it('upcoming view says when it takes effect', async () => {
    const {document} = await view(policy, timeline, 'kk', 3, true)
    expect(document.querySelector('[role=note]')?.textContent).toContain('Бұл редакция 2026 жылғы 4 сәуірден бастап күшіне енеді.')
    expect(document.querySelector('footer p')?.textContent).toContain('күшіне енеді')
  })

  it('a section missing in this language says so in this language, under the other heading with its lang', async () => {
    const {policy: partial, timeline: t} = lifecycle('2026-03-15', (docs) => {
      const sections = docs[1].sections as {heading: Record<string, string>; body: Record<string, unknown>}[]
      delete sections[1].heading.ru
      delete sections[1].body.ru
      delete sections[2].body.ru
    })
    const {document} = await view(partial, t, 'ru', 2)
    const [, second, third] = document.querySelectorAll('main section')
    expect(second.querySelector('h2')?.getAttribute('lang')).toBe('kk')
    expect(second.querySelector('h2')?.textContent).toBe('2. Сақтау мерзімі')
    expect(second.textContent).toContain('Этот раздел ещё не переведён на русский язык.')
    expect(third.querySelector('h2')?.hasAttribute('lang')).toBe(false)
    expect(third.textContent).toContain('ещё не переведён')
  })

  it('a revision published only in the other language says so once and shows that text with its lang', async () => {
    const {policy: russianOnly, timeline: t} = lifecycle('2026-03-15', (docs) => {
      for (const section of docs[1].sections as {heading: Record<string, string>; body: Record<string, unknown>}[]) {
        delete section.heading.kk
        delete section.body.kk
      }
    })
    const {document} = await view(russianOnly, t, 'kk', 2)
    const notes = [...document.querySelectorAll('[role=note]')].map((note) => note.textContent)
    expect(notes.filter((text) => text === 'Бұл құжат тек орыс тілінде жарияланған.')).toHaveLength(1)
    expect(document.body.textContent).not.toContain('аударылмаған')
    const sections = [...document.querySelectorAll('main section')]
    expect(sections.map((s) => s.getAttribute('lang'))).toEqual(['ru', 'ru', 'ru', 'ru'])
    expect(sections.map((s) => s.querySelector('h2')?.textContent)).toEqual(['1. Общие положения', '2. Срок хранения', '3. Контакты', '4. Файлы cookie'])
    expect(sections[1].textContent).toContain('Данные хранятся 90 дней')
    expect(document.querySelector('style')?.textContent).toContain('aside{')
    // The footer gives the hash of the text read (Russian), which apps store, not that of the absent Kazakh.
    const revision = findEntry(t, 2)!.revision
    expect(document.querySelector('footer code')?.textContent).toBe(revision.hash.ru)
    expect(document.querySelector('footer')?.textContent).toContain('Орыс тіліндегі мәтіннің хэші: ')
    // There is one text: the footer says it is the only official one, not that two texts have equal force.
    expect(document.querySelector('footer [data-prevailing]')?.textContent).toBe('Құжаттың ресми мәтіні тек орыс тілінде.')
    expect(document.querySelector('footer')?.textContent).not.toContain('бірдей')
    // In its own language the view is just the text.
    const {document: own} = await view(russianOnly, t, 'ru', 2)
    expect(own.body.textContent).not.toMatch(/опубликован только|не переведён/)
    expect([...own.querySelectorAll('main section')].every((s) => !s.hasAttribute('lang'))).toBe(true)
  })

  it('only a view with a notice carries the notice rule in its styles', async () => {
    const later = buildTimeline(policy.revisions, '2026-05-01')
    const {document: plain} = await view(policy, later, 'kk', 3)
    expect(plain.querySelector('aside')).toBeNull()
    expect(plain.querySelector('style')?.textContent).not.toContain('aside')
    const {document: noticed} = await view(policy, timeline, 'kk', 2)
    expect(noticed.querySelector('aside[role=note]')).not.toBeNull()
    expect(noticed.querySelector('style')?.textContent).toContain('aside{')
  })

  it('escapes hostile text', async () => {
    const {policy: hostile, timeline: t} = lifecycle('2026-03-15', (docs) => {
      const sections = docs[1].sections as {heading: Record<string, string>}[]
      sections[0].heading.kk = '<script>alert(1)</script>'
    })
    const {html, document} = await view(hostile, t, 'kk', 2)
    expect(html).not.toContain('<script>')
    expect(document.querySelector('h2')?.textContent).toBe('<script>alert(1)</script>')
  })

  it('the 404 page is a tiny styled document in the asked language', async () => {
    const html = await renderToStaticHtml(<AppNotFound locale="ru" t={translator('ru')} />)
    expect(html).toContain('<html lang="ru">')
    expect(html).toContain('Страница не найдена')
    expect(html).not.toContain('<script')
    expect(gzip(html)).toBeLessThan(1024)
  })
})

describe('app view budget', () => {
  // Real policies from the seeds, one language each: the view must cost about what its text costs.
  for (const [file, locale] of [['003_24b9ab7a6d194b07.txt', 'kk'], ['004_53eae54461e654f3.txt', 'ru'], ['000_4b66e283a28626ed.txt', 'kk']] as const) {
    it(`${file} (${locale}): gzip within 1.2x of the same text as plain HTML`, async () => {
      const policy = seedPolicy(file, locale)
      const {html} = await view(policy, buildTimeline(policy.revisions, '2026-03-15'), locale, 1)
      const floor = plainTextFloor(html)
      expect(floor.length).toBeGreaterThan(3000)
      expect(gzip(html) / gzip(floor)).toBeLessThanOrEqual(1.2)
    })
  }
})
