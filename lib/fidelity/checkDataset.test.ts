import {describe, expect, it} from 'vitest'
import {fileURLToPath} from 'node:url'
import {readDataset, type SanityDocument} from '@/lib/content/dataset'
import {checkDataset} from './checkDataset'
import {blocks} from './testing/section'

const fixture = fileURLToPath(new URL('./testing/fixture.ndjson', import.meta.url))

describe('checkDataset', () => {
  it('checks published revisions, in policy and version order, with where each finding sits', () => {
    const {documents} = readDataset(fixture)
    const result = checkDataset(documents)
    expect(result.revisions).toBe(2)
    expect(result.sections).toBe(6)
    expect(result.requireBothLanguages).toBe(false)
    expect(result.findings.map(({revisionId, policySlug, version, section, kind}) => [revisionId, policySlug, version, section, kind])).toEqual([
      ['rev-privacy-2', 'privacy', 2, '1-3', 'duration'],
      ['rev-privacy-2', 'privacy', 2, 's6', 'missingLanguage'],
      ['rev-privacy-2', 'privacy', 2, 'lists', 'listCount'],
    ])
  })

  it('checks drafts only when asked', () => {
    const {documents} = readDataset(fixture)
    const result = checkDataset(documents, {includeDrafts: true})
    expect(result.revisions).toBe(3)
    expect(result.findings.at(-1)).toMatchObject({revisionId: 'drafts.rev-privacy-3', kind: 'date', kk: ['2030-01-01'], ru: ['2030-02-01']})
  })

  it('survives malformed documents and reads anchors stored as slugs', () => {
    const documents: SanityDocument[] = [
      {_id: 'siteSettings', _type: 'siteSettings', requireBothLanguages: true},
      {_id: 'r1', _type: 'policyRevision', sections: 'nonsense'},
      {_id: 'r2', _type: 'policyRevision', version: 1, sections: [null, {_key: 'a', anchor: {current: 'cookies'}, heading: 'x', body: {kk: blocks('10 күн'), ru: [{_type: 'image'}, ...blocks('20 дней')]}}]},
    ]
    const result = checkDataset(documents)
    expect(result.requireBothLanguages).toBe(true)
    expect(result.findings.map(({revisionId, section, sectionKey, kind, policySlug}) => [revisionId, section, sectionKey, kind, policySlug])).toEqual([
      ['r2', 'cookies', 'a', 'duration', undefined],
    ])
  })
})
