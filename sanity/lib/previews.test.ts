import {describe, expect, it} from 'vitest'
import {policyPreview, revisionPreview, sectionPreview} from './previews'
import {block, section} from './testing/blocks'

describe('sectionPreview', () => {
  it('shows the heading in both languages', () => {
    expect(sectionPreview(section('a', {kk: ['Жалпы', 'x'], ru: ['Общие', 'y'], anchor: '1'}))).toEqual({
      title: '#1 kk: Жалпы',
      subtitle: 'ru: Общие',
    })
  })

  it('falls back to the text, and names a missing language', () => {
    const preamble = {_key: 'p', body: {kk: [block('Осы саясат…')]}}
    expect(sectionPreview(preamble)).toEqual({title: 'kk: Осы саясат…', subtitle: 'ru: (no ru)'})
  })
})

describe('revisionPreview', () => {
  it('shows version, date and per-language completeness', () => {
    const preview = revisionPreview({
      version: 3,
      effectiveFrom: '2025-09-01',
      requiresConsent: true,
      policyTitle: {ru: 'Политика'},
      sections: [section('a', {kk: ['A', 'a'], ru: ['А', 'а']}), section('b', {kk: ['B', 'b']})],
    })
    expect(preview).toEqual({title: 'v3 · from 2025-09-01', subtitle: 'kk ✓ ru ✗ · asks consent again · Политика'})
  })

  it('copes with a fresh draft', () => {
    expect(revisionPreview({})).toEqual({title: 'v? · no date yet', subtitle: 'kk ✗ ru ✗'})
  })
})

describe('policyPreview', () => {
  it('shows both titles and the URL segment', () => {
    expect(policyPreview({kk: 'Саясат', ru: 'Политика'}, 'privacy')).toEqual({title: 'Саясат', subtitle: 'Политика · /privacy'})
    expect(policyPreview(undefined, undefined)).toEqual({title: 'Untitled policy', subtitle: 'no slug'})
  })
})
