import {describe, expect, it} from 'vitest'
import {buildTimeline} from '@/lib/revisions/timeline'
import {buildPolicyListPayload, buildPolicyPayload, lastConsentVersion} from './payload'
import {lifecycle} from './testing/lifecycle'

const absolute = (path: string) => `https://policies.example.kz${path}`

describe('buildPolicyPayload', () => {
  const {policy, timeline} = lifecycle('2026-03-15')
  const payload = buildPolicyPayload(policy, timeline, absolute)

  it('names its schema and identifies the policy in both languages', () => {
    expect(payload.$schema).toBe('https://policies.example.kz/schemas/policy.v1.json')
    expect(payload.schemaVersion).toBe(1)
    expect(payload.slug).toBe('lifecycle')
    expect(payload.titles).toEqual({kk: 'Деректерді сақтау саясаты', ru: 'Политика хранения данных'})
    expect(payload.api).toBe('https://policies.example.kz/api/policies/lifecycle')
    expect(payload.urls.ru).toEqual({page: 'https://policies.example.kz/ru/lifecycle', app: 'https://policies.example.kz/ru/lifecycle/app'})
  })

  it('gives the current and the upcoming revision with their hashes and pinned URLs', () => {
    const v2 = policy.revisions.find((r) => r.version === 2)!
    expect(payload.current).toEqual({
      version: 2,
      effectiveFrom: '2026-02-13',
      hash: v2.hash.all,
      hashes: {kk: v2.hash.kk, ru: v2.hash.ru},
      requiresConsent: false,
      urls: {
        kk: {page: 'https://policies.example.kz/kk/lifecycle/v/2', app: 'https://policies.example.kz/kk/lifecycle/v/2/app'},
        ru: {page: 'https://policies.example.kz/ru/lifecycle/v/2', app: 'https://policies.example.kz/ru/lifecycle/v/2/app'},
      },
    })
    expect(payload.upcoming).toMatchObject({version: 3, effectiveFrom: '2026-04-04', requiresConsent: true})
    expect(payload.current!.hash).toMatch(/^[0-9a-f]{64}$/)
    expect(payload.current!.hash).not.toBe(payload.upcoming!.hash)
  })

  it('lists every revision, newest first, with status, days in force and summary', () => {
    expect(payload.revisions.map((r) => [r.version, r.status, r.inForceUntil, r.shadowed])).toEqual([
      [3, 'upcoming', null, false],
      [2, 'current', null, false],
      [1, 'archive', '2026-02-12', false],
    ])
    expect(payload.revisions[2].summary).toEqual({kk: null, ru: null})
    expect(payload.revisions[1].summary.ru).toBe('Срок хранения увеличен до 90 дней, добавлен раздел о cookie.')
  })

  it('is plain JSON: serializing and parsing gives the same value', () => {
    expect(JSON.parse(JSON.stringify(payload))).toEqual(payload)
  })

  it('has no current revision before the first takes effect', () => {
    const early = lifecycle('2026-03-15')
    const before = buildPolicyPayload(early.policy, buildTimeline(early.policy.revisions, '2024-01-01'), absolute)
    expect(before.current).toBeNull()
    expect(before.upcoming?.version).toBe(1)
    expect(before.lastConsentVersion).toBeNull()
    expect(before.revisions.every((r) => r.status === 'upcoming')).toBe(true)
  })

  it('says which text prevails: kk or ru, null for equal force (and for a policy made without the setting)', () => {
    const {policy: p, timeline: t} = lifecycle('2026-03-15')
    expect(payload.prevailingLanguage).toBeNull()
    expect(buildPolicyPayload({...p, prevailingLanguage: 'kk'}, t, absolute).prevailingLanguage).toBe('kk')
    expect(buildPolicyPayload({...p, prevailingLanguage: 'ru'}, t, absolute).prevailingLanguage).toBe('ru')
    expect(buildPolicyPayload({...p, prevailingLanguage: 'equal'}, t, absolute).prevailingLanguage).toBeNull()
    expect(buildPolicyPayload({...p, prevailingLanguage: undefined}, t, absolute).prevailingLanguage).toBeNull()
  })

  it('keeps a missing language missing (null), never filled from the other', () => {
    const {policy: p, timeline: t} = lifecycle('2026-03-15')
    const onlyKk = buildPolicyPayload({...p, title: {kk: p.title.kk}}, t, absolute)
    expect(onlyKk.titles).toEqual({kk: 'Деректерді сақтау саясаты', ru: null})
  })
})

describe('lastConsentVersion', () => {
  it('is the first version in force when no revision in force required consent', () => {
    expect(lastConsentVersion(lifecycle('2026-03-15').timeline)).toBe(1)
  })

  it('moves to a version requiring consent once it takes effect, not before', () => {
    const {policy} = lifecycle('2026-03-15')
    expect(lastConsentVersion(buildTimeline(policy.revisions, '2026-04-03'))).toBe(1)
    expect(lastConsentVersion(buildTimeline(policy.revisions, '2026-04-04'))).toBe(3)
  })

  it('stays on the latest material version after later non-material ones', () => {
    const inForce = (v2Material: boolean, v3Material: boolean) =>
      lifecycle('2026-03-15', (docs) => {
        docs[1].requiresConsent = v2Material
        docs[2].requiresConsent = v3Material
        docs[2].effectiveFrom = '2026-03-01'
      }).timeline
    expect(lastConsentVersion(inForce(true, false))).toBe(2)
    expect(lastConsentVersion(inForce(true, true))).toBe(3)
    expect(lastConsentVersion(inForce(false, false))).toBe(1)
  })

  it('ignores a revision that never took effect (shadowed by a higher version on the same day)', () => {
    const {timeline} = lifecycle('2026-03-15', (docs) => {
      docs[1].requiresConsent = true
      docs[2].effectiveFrom = docs[1].effectiveFrom
      docs[2].requiresConsent = false
    })
    expect(timeline.entries.find((e) => e.revision.version === 2)?.shadowed).toBe(true)
    expect(lastConsentVersion(timeline)).toBe(1)
  })
})

describe('buildPolicyListPayload', () => {
  it('gives each policy without its revisions, in the given order', () => {
    const a = lifecycle('2026-03-15')
    const b = lifecycle('2026-03-15')
    b.policy = {...b.policy, slug: 'other'}
    const list = buildPolicyListPayload([a, b], absolute)
    expect(list.$schema).toBe('https://policies.example.kz/schemas/policies.v1.json')
    expect(list.policies.map((p) => p.slug)).toEqual(['lifecycle', 'other'])
    expect(list.policies[1].api).toBe('https://policies.example.kz/api/policies/other')
    expect(list.policies[0]).not.toHaveProperty('revisions')
    expect(list.policies[0].current?.version).toBe(2)
  })

  it('says which text prevails in each list item', () => {
    const a = lifecycle('2026-03-15')
    const b = lifecycle('2026-03-15')
    b.policy = {...b.policy, slug: 'other', prevailingLanguage: 'ru'}
    expect(buildPolicyListPayload([a, b], absolute).policies.map((p) => p.prevailingLanguage)).toEqual([null, 'ru'])
  })
})
