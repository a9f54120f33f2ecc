import {describe, expect, it} from 'vitest'
import {isSafeHref, PHONE_PATTERN} from './links'

describe('isSafeHref', () => {
  it('lets through web, mail and phone links', () => {
    for (const href of ['https://example.kz/privacy', 'http://example.kz', 'mailto:privacy@example.kz', 'tel:+7 (700) 123-45-67', ' TEL:87001234567 ', 'HTTPS://EXAMPLE.KZ'])
      expect(isSafeHref(href), href).toBe(true)
  })

  it('refuses anything that could run or leave the rule', () => {
    for (const href of ['javascript:alert(1)', 'data:text/html,x', '//evil.example', 'tel:+7 700 ext. 5', 'tel:', 'mailto:', 'https://', 'ftp://example.kz', 'https://a b', undefined, 42])
      expect(isSafeHref(href), String(href)).toBe(false)
  })
})

describe('PHONE_PATTERN', () => {
  it('is digits, spaces, dashes and brackets with an optional leading +', () => {
    expect(PHONE_PATTERN.test('+7 (727) 123-45-67')).toBe(true)
    expect(PHONE_PATTERN.test('7+7')).toBe(false)
    expect(PHONE_PATTERN.test('+7 700 123 45 67 доб. 5')).toBe(false)
  })
})
