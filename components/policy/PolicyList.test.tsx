// The index: a policy whose title exists only in the other language is marked so, in the page's language.
import {JSDOM} from 'jsdom'
import {renderToStaticMarkup} from 'react-dom/server'
import {describe, expect, it} from 'vitest'
import {translator} from '@/lib/i18n/translator'
import {PolicyList} from './PolicyList'

const policies = [
  {id: 'a', slug: 'privacy', title: {kk: 'Құпиялылық саясаты', ru: 'Политика конфиденциальности'}, current: {version: 1, effectiveFrom: '2025-01-01'}},
  {id: 'b', slug: 'mobile-app', title: {ru: 'Политика мобильного приложения'}, current: {version: 1, effectiveFrom: '2025-01-01'}},
  {id: 'c', slug: 'e-karlygash', title: {kk: 'Қарлығаш саясаты'}, current: {version: 1, effectiveFrom: '2025-01-01'}},
]

const headings = (locale: 'kk' | 'ru') =>
  [...new JSDOM(renderToStaticMarkup(<PolicyList policies={policies} locale={locale} t={translator(locale)} />)).window.document.querySelectorAll('h2')].map((h) => [
    h.querySelector('a')?.getAttribute('lang'),
    h.textContent,
  ])

describe('PolicyList', () => {
  it('marks a title in the other language only, in the page language', () => {
    expect(headings('kk')).toEqual([
      ['kk', 'Құпиялылық саясаты'],
      ['ru', 'Политика мобильного приложения (тек орыс тілінде)'],
      ['kk', 'Қарлығаш саясаты'],
    ])
    expect(headings('ru')).toEqual([
      ['ru', 'Политика конфиденциальности'],
      ['ru', 'Политика мобильного приложения'],
      ['kk', 'Қарлығаш саясаты (только на казахском)'],
    ])
  })
})
