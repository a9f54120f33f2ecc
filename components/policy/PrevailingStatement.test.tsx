// Which text prevails: one sentence in both languages on every policy and version page (in the meta footer, which
// prints), and in the app view's own language.
import {JSDOM} from 'jsdom'
import {renderToStaticMarkup} from 'react-dom/server'
import {describe, expect, it, vi} from 'vitest'
import {AppRevision} from '@/components/app-view/AppRevision'
import {lifecycle} from '@/lib/api/testing/lifecycle'
import type {Locale, PrevailingLanguage} from '@/lib/content/types'
import {findEntry} from '@/lib/revisions/timeline'
import {translator} from '@/lib/i18n/translator'
import kk from '@/messages/kk.json'
import ru from '@/messages/ru.json'
import {PrevailingStatement} from './PrevailingStatement'
import {RevisionMeta} from './RevisionMeta'

// @ts-expect-error the package publishes no types for this build file
vi.mock('@portabletext/react', () => import('../../node_modules/@portabletext/react/dist/index.react-server.js'))

const dom = (html: string) => new JSDOM(html).window.document
const sentences = (html: string) => [...dom(html).querySelectorAll('[data-prevailing] p, p[data-prevailing]')].map((p) => [p.getAttribute('lang'), p.textContent])
const values: PrevailingLanguage[] = ['equal', 'kk', 'ru']

describe('PrevailingStatement', () => {
  it.each(values)('says "%s" in both languages, each marked with its lang, the page language first', (value) => {
    expect(sentences(renderToStaticMarkup(<PrevailingStatement prevailing={value} locale="kk" />))).toEqual([
      ['kk', kk.Prevailing[value]],
      ['ru', ru.Prevailing[value]],
    ])
    expect(sentences(renderToStaticMarkup(<PrevailingStatement prevailing={value} locale="ru" />))).toEqual([
      ['ru', ru.Prevailing[value]],
      ['kk', kk.Prevailing[value]],
    ])
  })

  it('says equal force when nothing is set', () => {
    expect(sentences(renderToStaticMarkup(<PrevailingStatement locale="kk" />))).toEqual([
      ['kk', 'Қазақ және орыс тілдеріндегі мәтіндердің заңды күші бірдей.'],
      ['ru', 'Тексты на казахском и русском языках имеют одинаковую юридическую силу.'],
    ])
  })

  it.each(['kk', 'ru'] as const)('for a text published only in %s says it is the only official text, in both languages', (only) => {
    expect(sentences(renderToStaticMarkup(<PrevailingStatement prevailing="equal" only={only} locale="ru" />))).toEqual([
      ['ru', ru.Prevailing.only[only]],
      ['kk', kk.Prevailing.only[only]],
    ])
    expect(renderToStaticMarkup(<PrevailingStatement prevailing="kk" only={only} locale="kk" />)).toContain(`data-prevailing="only-${only}"`)
  })

  it('names the prevailing language in the wording of each language', () => {
    expect(kk.Prevailing.kk).toContain('қазақ тіліндегі мәтін басым')
    expect(kk.Prevailing.ru).toContain('орыс тіліндегі мәтін басым')
    expect(ru.Prevailing.kk).toContain('текст на казахском языке')
    expect(ru.Prevailing.ru).toContain('текст на русском языке')
  })

  it('sits in the revision meta footer, outside anything hidden in print', () => {
    const {policy, timeline} = lifecycle('2026-03-15')
    const revision = findEntry(timeline, 2)!.revision
    const html = renderToStaticMarkup(<RevisionMeta policy={{...policy, prevailingLanguage: 'kk'}} revision={revision} locale="ru" t={translator('ru')} />)
    const statement = dom(html).querySelector('footer [data-prevailing]')!
    expect(statement.getAttribute('data-prevailing')).toBe('kk')
    expect(statement.closest('.print-hidden')).toBeNull()
    expect(statement.querySelector('[lang=ru]')?.textContent).toBe(ru.Prevailing.kk)
  })
})

describe('the app view', () => {
  const {policy, timeline} = lifecycle('2026-03-15')
  const view = (locale: Locale, prevailing?: PrevailingLanguage) => {
    const data = {locale, policy: {...policy, prevailingLanguage: prevailing}, timeline, entry: findEntry(timeline, 2)!, pinned: false}
    return dom(`<!DOCTYPE html>${renderToStaticMarkup(<AppRevision data={data} t={translator(locale)} />)}`)
  }

  it.each([
    ['kk', 'ru'],
    ['ru', 'kk'],
    ['kk', undefined],
  ] as const)('in %s says once, in its own language, what "%s" means', (locale, prevailing) => {
    const document = view(locale, prevailing)
    const found = [...document.querySelectorAll('footer [data-prevailing]')]
    expect(found.map((p) => p.textContent)).toEqual([{kk, ru}[locale].Prevailing[prevailing ?? 'equal']])
    expect(found[0].hasAttribute('lang')).toBe(false)
    expect(document.documentElement.getAttribute('lang')).toBe(locale)
  })
})
