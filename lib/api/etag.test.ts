import {describe, expect, it} from 'vitest'
import {ifNoneMatchHits, strongEtag} from './etag'

describe('strongEtag', () => {
  it('is a quoted, strong tag that depends on every byte of the body', () => {
    const tag = strongEtag('{"a":1}')
    expect(tag).toMatch(/^"[A-Za-z0-9_-]{43}"$/)
    expect(strongEtag('{"a":1}')).toBe(tag)
    expect(strongEtag('{"a":2}')).not.toBe(tag)
    expect(strongEtag('{"a":"қ"}')).not.toBe(strongEtag('{"a":"к"}'))
  })
})

describe('ifNoneMatchHits', () => {
  const tag = strongEtag('body')
  const bare = tag.slice(1, -1)

  it('hits the same tag, weak or strong, alone or in a list, and *', () => {
    expect(ifNoneMatchHits(tag, tag)).toBe(true)
    expect(ifNoneMatchHits(`W/${tag}`, tag)).toBe(true)
    expect(ifNoneMatchHits(`"other", ${tag}`, tag)).toBe(true)
    expect(ifNoneMatchHits(`W/"other",W/${tag}`, tag)).toBe(true)
    expect(ifNoneMatchHits('*', tag)).toBe(true)
    expect(ifNoneMatchHits(bare, tag)).toBe(true)
  })

  it('misses other tags, empty headers and near-misses', () => {
    expect(ifNoneMatchHits(null, tag)).toBe(false)
    expect(ifNoneMatchHits('', tag)).toBe(false)
    expect(ifNoneMatchHits('""', tag)).toBe(false)
    expect(ifNoneMatchHits(strongEtag('other'), tag)).toBe(false)
    expect(ifNoneMatchHits(`"${bare.slice(1)}"`, tag)).toBe(false)
    expect(ifNoneMatchHits(`"${bare}x"`, tag)).toBe(false)
  })
})
