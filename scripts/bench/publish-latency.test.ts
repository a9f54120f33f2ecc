import {describe, expect, it} from 'vitest'
import {editRevision, publishGoal, shownRevision} from './publish-latency'

const revision = (version: number, effectiveFrom: string, text = `text ${version}`) => ({
  _id: `policyRevision-x-v${version}`,
  _type: 'policyRevision',
  policy: {_ref: 'policy-x'},
  version,
  effectiveFrom,
  sections: [{_key: 'a', body: {ru: [{children: [{text: 'ру'}]}], kk: [{children: [{text}, {text: 'second'}]}]}}],
})

describe('shownRevision', () => {
  const docs = [revision(1, '2020-01-01'), revision(2, '2024-01-01'), revision(3, '2030-01-01'), {...revision(9, '2024-06-01'), _id: 'drafts.policyRevision-x-v9'}]
  it('picks the newest revision in force today, ignoring drafts and upcoming ones', () => {
    expect(shownRevision(docs, 'policy-x', '2025-05-05')?._id).toBe('policyRevision-x-v2')
  })
  it('falls back to the first upcoming revision when none is in force yet', () => {
    expect(shownRevision(docs, 'policy-x', '2019-01-01')?._id).toBe('policyRevision-x-v1')
    expect(shownRevision(docs, 'policy-y', '2025-01-01')).toBeUndefined()
  })
})

describe('editRevision', () => {
  const ndjson = [revision(1, '2020-01-01'), revision(2, '2024-01-01')].map((d) => JSON.stringify(d)).join('\n')
  it('changes the first span of the locale in that revision only, replacing an earlier marker', () => {
    const once = editRevision(ndjson, 'policyRevision-x-v2', 'kk', 'bench-a1')
    const twice = editRevision(once, 'policyRevision-x-v2', 'kk', 'bench-b2')
    const [v1, v2] = twice.split('\n').map((line) => JSON.parse(line))
    expect(v1).toEqual(revision(1, '2020-01-01'))
    expect(v2.sections[0].body.kk[0].children.map((c: {text: string}) => c.text)).toEqual(['text 2 bench-b2', 'second'])
    expect(v2.sections[0].body.ru[0].children[0].text).toBe('ру')
  })
  it('says so when the revision has no text in that locale', () => {
    expect(() => editRevision(ndjson, 'policyRevision-x-v1', 'en', 'bench-z')).toThrow(/no en text/)
  })
})

describe('publishGoal', () => {
  it('is met by a median of at most 2 s with every run showing the new text', () => {
    expect(publishGoal([300, 2000, 2500], 0)).toMatchObject({what: 'publish → live: webhook to new text on the page, median', goal: '≤ 2 s', measured: '2.00 s', met: true})
    expect(publishGoal([300, 2100, 2500], 0)).toMatchObject({measured: '2.10 s', met: false})
  })
  it('is missed when a run timed out or none showed the text', () => {
    expect(publishGoal([100, 120], 1)).toMatchObject({measured: '110 ms; 1 run(s) never showed it', met: false})
    expect(publishGoal([], 5)).toMatchObject({measured: 'never appeared', met: false})
  })
})
