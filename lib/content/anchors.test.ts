import {describe, expect, it} from 'vitest'
import {normaliseAnchor, sectionAnchor} from './anchors'

describe('normaliseAnchor', () => {
  it('keeps URL-safe fragments as they are', () => {
    for (const ok of ['4-2', 'cookies', 'section_3', 'a1']) expect(normaliseAnchor(ok)).toBe(ok)
  })

  it('lower-cases and turns every other run of characters into one dash', () => {
    expect(normaliseAnchor('  4.2 ')).toBe('4-2')
    expect(normaliseAnchor('Cookies & Tracking')).toBe('cookies-tracking')
    expect(normaliseAnchor('#top!')).toBe('top')
    expect(normaliseAnchor('куки')).toBe('')
  })

  it('reads anything but text as nothing', () => {
    for (const value of [undefined, null, 42, {current: 'a'}]) expect(normaliseAnchor(value)).toBe('')
  })
})

describe('sectionAnchor', () => {
  it('takes the anchor, else the key', () => {
    expect(sectionAnchor('Intro', 'k1')).toBe('intro')
    expect(sectionAnchor('', 'AbC')).toBe('abc')
    expect(sectionAnchor('§', undefined)).toBe('')
  })
})
