import {describe, expect, it} from 'vitest'
import {almatyToday} from '../../../../lib/revisions/dates'
import {section} from '../../testing/blocks'
import {fakeContext} from '../../testing/fakeValidationContext'
import {anchorsUniqueRule, lockedCopyRule, retroactiveDateRule, sequenceRule, summaryRule} from './revisionRules'

const policy = {_type: 'reference', _ref: 'p1'}
const dataset = [
  {_id: 'r1', _type: 'policyRevision', policy, version: 1, effectiveFrom: '2020-01-01'},
  {_id: 'r2', _type: 'policyRevision', policy, version: 2, effectiveFrom: '2099-01-01'},
  {_id: 'other', _type: 'policyRevision', policy: {_type: 'reference', _ref: 'p2'}, version: 3, effectiveFrom: '2021-01-01'},
]
const run = (rule: ReturnType<typeof sequenceRule>, doc: Record<string, unknown> & {_id: string}) =>
  rule(undefined, fakeContext(doc, dataset))

describe('sequenceRule', () => {
  it('reports a taken version beside the version field only', async () => {
    const doc = {_id: 'drafts.new', _type: 'policyRevision', policy, version: 2, effectiveFrom: '2099-06-01'}
    expect(await run(sequenceRule('version', 'error'), doc)).toMatch(/Version 2 already exists/)
    expect(await run(sequenceRule('effectiveFrom', 'error'), doc)).toBe(true)
  })

  it('accepts the next version on a later date, ignoring other policies', async () => {
    const doc = {_id: 'drafts.new', _type: 'policyRevision', policy, version: 3, effectiveFrom: '2099-06-01'}
    expect(await run(sequenceRule('version', 'error'), doc)).toBe(true)
    expect(await run(sequenceRule('effectiveFrom', 'error'), doc)).toBe(true)
    expect(await run(sequenceRule('version', 'warning'), doc)).toBe(true)
  })

  it('reports an out-of-order date beside the date field', async () => {
    const doc = {_id: 'drafts.new', _type: 'policyRevision', policy, version: 3, effectiveFrom: '2030-01-01'}
    expect(await run(sequenceRule('effectiveFrom', 'error'), doc)).toMatch(/later versions must take effect later/)
  })
})

describe('lockedCopyRule', () => {
  it('blocks a draft of a revision in force, not one of an upcoming revision', async () => {
    const inForce = {_id: 'drafts.r1', _type: 'policyRevision', policy, version: 1, effectiveFrom: '2020-01-01'}
    const upcoming = {_id: 'drafts.r2', _type: 'policyRevision', policy, version: 2, effectiveFrom: '2099-01-01'}
    expect(await lockedCopyRule(undefined, fakeContext(inForce, dataset))).toMatch(/in force since 2020-01-01/)
    expect(await lockedCopyRule(undefined, fakeContext(upcoming, dataset))).toBe(true)
    expect(await lockedCopyRule(undefined, fakeContext(dataset[0], dataset))).toBe(true)
  })
})

describe('retroactiveDateRule', () => {
  it('warns when a new draft is dated in the past', async () => {
    const doc = {_id: 'drafts.new', _type: 'policyRevision', policy, version: 3, effectiveFrom: '2021-01-01'}
    expect(await retroactiveDateRule('2021-01-01', fakeContext(doc, dataset))).toMatch(/in the past/)
    expect(await retroactiveDateRule(almatyToday(), fakeContext(doc, dataset))).toBe(true)
  })
})

describe('summaryRule and anchorsUniqueRule', () => {
  it('read the whole revision', async () => {
    const sections = [section('a', {kk: ['A', 'a'], ru: ['А', 'а'], anchor: '1'}), section('b', {kk: ['B', 'b'], ru: ['Б', 'б'], anchor: '1'})]
    const doc = {_id: 'drafts.new', _type: 'policyRevision', policy, version: 2, sections, summary: {kk: 'Өзгерді'}}
    expect(await summaryRule(undefined, fakeContext(doc, dataset))).toMatch(/summary is required in ru/)
    expect(await anchorsUniqueRule(sections, fakeContext(doc, dataset))).toEqual([
      {message: expect.stringContaining('"1"'), path: [{_key: 'b'}, 'anchor']},
    ])
  })
})
