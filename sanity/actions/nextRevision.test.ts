import {describe, expect, it} from 'vitest'
import {buildNextRevision, nextVersionNumber, planNextRevision} from './nextRevision'

describe('planNextRevision', () => {
  it('copies the latest published revision into the next version', () => {
    const plan = planNextRevision([
      {_id: 'r1', version: 1},
      {_id: 'r3', version: 3},
      {_id: 'r2', version: 2},
      {_id: 'drafts.r2', version: 2},
    ])
    expect(plan).toEqual({ok: true, sourceId: 'r3', version: 4})
  })

  it('refuses while nothing is published', () => {
    expect(planNextRevision([{_id: 'drafts.r1', version: 1}])).toEqual({ok: false, reason: expect.any(String)})
  })

  it('points to a next version already being drafted instead of making a second one', () => {
    const plan = planNextRevision([{_id: 'r1', version: 1}, {_id: 'drafts.r9', version: 2}])
    expect(plan).toEqual({ok: false, reason: expect.stringContaining('Version 2'), openId: 'r9'})
  })
})

describe('buildNextRevision', () => {
  const source = {
    _id: 'r3',
    _type: 'policyRevision',
    _rev: 'abc',
    _createdAt: '2025-01-01T00:00:00Z',
    policy: {_type: 'reference', _ref: 'p1'},
    version: 3,
    effectiveFrom: '2025-01-01',
    summary: {kk: 'Өзгерді', ru: 'Изменено'},
    requiresConsent: true,
    sections: [{_key: 's1', _type: 'policySection', anchor: '1', heading: {kk: 'A', ru: 'А'}, body: {kk: [{_key: 'b1'}]}}],
  }

  it('keeps the policy and the section keys, bumps the version and leaves date and summary empty', () => {
    const next = buildNextRevision(source, 'new1', 4)
    expect(next).toEqual({
      _id: 'drafts.new1',
      _type: 'policyRevision',
      policy: {_type: 'reference', _ref: 'p1'},
      version: 4,
      requiresConsent: false,
      sections: source.sections,
    })
  })

  it('copies the sections deeply, so editing the draft cannot touch the source', () => {
    const next = buildNextRevision(source, 'drafts.new1', 4) as {sections: typeof source.sections; _id: string}
    expect(next._id).toBe('drafts.new1')
    expect(next.sections).not.toBe(source.sections)
    expect(next.sections[0].heading).not.toBe(source.sections[0].heading)
  })
})

describe('nextVersionNumber', () => {
  it('starts at 1 and otherwise follows the highest version, drafts included', () => {
    expect(nextVersionNumber([])).toBe(1)
    expect(nextVersionNumber([{_id: 'r1', version: 1}, {_id: 'drafts.r2', version: 2}, {_id: 'x', version: 'bad'}])).toBe(3)
  })
})
