import {describe, expect, it} from 'vitest'
import {anchorClashes, anchorProblem, effectiveAnchor} from './anchors'

describe('anchorProblem', () => {
  it('accepts slug-like fragments and an empty anchor', () => {
    for (const ok of ['4-2', 'cookies', 'section_3', 'a1', undefined, '']) expect(anchorProblem(ok)).toBeNull()
  })

  it('rejects fragments that are not URL-safe', () => {
    for (const bad of ['4.2', 'Cookies', 'куки', 'a b', '-a', 'a--b', '#top', 'x'.repeat(65), 42]) {
      expect(anchorProblem(bad)).not.toBeNull()
    }
  })
})

describe('anchorClashes', () => {
  it('finds no clash among distinct anchors', () => {
    expect(anchorClashes([{_key: 'k1', anchor: '1'}, {_key: 'k2', anchor: '2'}, {_key: 'k3'}])).toEqual([])
  })

  it('reports each repeat after the first, by key', () => {
    const clashes = anchorClashes([{_key: 'k1', anchor: '1'}, {_key: 'k2', anchor: '2'}, {_key: 'k3', anchor: '1'}])
    expect(clashes).toEqual([{key: 'k3', anchor: '1', message: expect.stringContaining('section 1')}])
  })

  it('counts a section without an anchor under its key, as the site does', () => {
    expect(effectiveAnchor({_key: 'AbC'})).toBe('abc')
    expect(anchorClashes([{_key: 'intro'}, {_key: 'k2', anchor: 'intro'}])).toHaveLength(1)
  })
})
