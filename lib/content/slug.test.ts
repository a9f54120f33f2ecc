import {describe, expect, it} from 'vitest'
import {isSlug, SLUG_MAX_LENGTH, slugify, toLatin} from './slug'

describe('slugify', () => {
  it('transliterates Kazakh and Russian titles into URL segments', () => {
    expect(slugify('Құпиялылық саясаты')).toBe('qupiyalylyq-sayasaty')
    expect(slugify('Политика конфиденциальности')).toBe('politika-konfidentsialnosti')
    expect(slugify('Қауіпсіздік')).toBe('qauipsizdik')
    expect(slugify('  Privacy & Cookies!  ')).toBe('privacy-cookies')
  })

  it('reads ё and й as e and i, composed or not', () => {
    expect(slugify('Ақпаратты жинау және пайдалану')).toBe('aqparatty-zhinau-zhane-paidalanu')
    expect(slugify('Ёлка')).toBe('elka')
    expect(slugify('Е\u0308лка и\u0306')).toBe('elka-i')
  })

  it('drops accents rather than splitting words on them', () => {
    expect(slugify('Café naïve')).toBe('cafe-naive')
    expect(toLatin('Ёлка café')).toBe('elka cafe')
  })

  it('cuts at a word boundary, or inside a single word longer than the limit', () => {
    expect(slugify('Осы құпиялылық саясатына өзгерістер', 32)).toBe('osy-qupiyalylyq-sayasatyna')
    expect(slugify('a'.repeat(40), 32)).toBe('a'.repeat(32))
    expect(slugify('word '.repeat(40)).length).toBeLessThanOrEqual(SLUG_MAX_LENGTH)
  })

  it('is empty when there is nothing to keep', () => {
    expect(slugify('§ — …')).toBe('')
  })

  it('produces slugs the rule accepts', () => {
    for (const title of ['Жеке деректер', 'Пользовательское соглашение (v2)', 'Ёлка', 'word '.repeat(40)]) {
      expect(isSlug(slugify(title)), title).toBe(true)
    }
  })
})

describe('isSlug', () => {
  it('accepts lower-case latin segments', () => {
    for (const ok of ['privacy-policy', 'app2', 'e-karlygash']) expect(isSlug(ok)).toBe(true)
  })

  it('rejects anything else', () => {
    for (const bad of ['', undefined, 42, 'Privacy', 'privacy policy', 'политика', 'a--b', '-a', 'a-', 'a.b', 'a_b']) {
      expect(isSlug(bad), String(bad)).toBe(false)
    }
  })
})
