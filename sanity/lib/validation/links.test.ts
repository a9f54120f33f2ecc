import {describe, expect, it} from 'vitest'
import {hrefProblem} from './links'

describe('hrefProblem', () => {
  it('accepts web, e-mail and phone links', () => {
    for (const ok of [
      'https://example.kz/privacy?x=1#a',
      'http://example.kz',
      'mailto:info@example.kz',
      'mailto:a@example.kz,b@example.kz?subject=Hi',
      'tel:+77001234567',
      'tel:+7 (700) 123-45-67',
    ]) {
      expect(hrefProblem(ok), ok).toBeNull()
    }
  })

  it('rejects other schemes, relative and malformed addresses', () => {
    for (const bad of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:text/html,hi',
      'ftp://example.kz',
      '/privacy',
      '//example.kz',
      'example.kz',
      'https://',
      'https://user:pass@example.kz',
      'https://exa mple.kz',
      ' https://example.kz',
      'https://example.kz\u200b',
      'mailto:',
      'mailto:info',
      'tel:call-me',
      'tel:+1',
      '',
      undefined,
    ]) {
      expect(hrefProblem(bad), String(bad)).not.toBeNull()
    }
  })
})
