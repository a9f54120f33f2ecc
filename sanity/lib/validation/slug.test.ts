import {describe, expect, it} from 'vitest'
import {slugify, slugProblem} from './slug'

describe('slugify', () => {
  it('transliterates Kazakh and Russian titles into URL segments', () => {
    expect(slugify('Құпиялылық саясаты')).toBe('qupiyalylyq-sayasaty')
    expect(slugify('Политика конфиденциальности')).toBe('politika-konfidentsialnosti')
    expect(slugify('  Privacy & Cookies!  ')).toBe('privacy-cookies')
  })

  it('produces slugs the rule accepts', () => {
    for (const title of ['Жеке деректер', 'Пользовательское соглашение (v2)', 'Ёлка']) {
      expect(slugProblem(slugify(title))).toBeNull()
    }
  })
})

describe('slugProblem', () => {
  it('accepts lower-case latin segments', () => {
    expect(slugProblem('privacy-policy')).toBeNull()
    expect(slugProblem('app2')).toBeNull()
  })

  it('rejects anything else', () => {
    for (const bad of ['', undefined, 'Privacy', 'privacy policy', 'политика', 'a--b', '-a', 'a.b', 'x'.repeat(97)]) {
      expect(slugProblem(bad), String(bad)).not.toBeNull()
    }
  })
})
