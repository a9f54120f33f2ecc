import {readFileSync} from 'node:fs'
import {Ajv2020} from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import {describe, expect, it} from 'vitest'
import {buildPolicyListPayload, buildPolicyPayload} from './payload'
import {lifecycle} from './testing/lifecycle'

// The published schemas, as apps fetch them from /schemas/.
const read = (name: string) => JSON.parse(readFileSync(new URL(`../../public/schemas/${name}`, import.meta.url), 'utf8'))
const ajv = new Ajv2020({allErrors: true, strict: true})
addFormats(ajv)
ajv.addSchema(read('policy.v1.json'))
ajv.addSchema(read('policies.v1.json'))
const validatePolicy = ajv.getSchema('/schemas/policy.v1.json')!
const validateList = ajv.getSchema('/schemas/policies.v1.json')!

const absolute = (path: string) => `https://policies.example.kz${path}`
const fresh = () => {
  const {policy, timeline} = lifecycle('2026-03-15')
  return JSON.parse(JSON.stringify(buildPolicyPayload(policy, timeline, absolute)))
}

describe('published JSON Schemas', () => {
  it('accept the payload built from the fixture', () => {
    expect(validatePolicy(fresh()), JSON.stringify(validatePolicy.errors)).toBe(true)
  })

  it('accept a policy with nothing in force yet, a missing language and a shadowed revision', () => {
    const {policy, timeline} = lifecycle('2020-01-01', (docs) => {
      docs[2].effectiveFrom = docs[1].effectiveFrom
    })
    const payload = buildPolicyPayload({...policy, title: {ru: 'Только по-русски'}}, timeline, absolute)
    expect(validatePolicy(JSON.parse(JSON.stringify(payload))), JSON.stringify(validatePolicy.errors)).toBe(true)
  })

  it('accept each prevailing language, and a document from before the field existed', () => {
    for (const value of ['kk', 'ru', null]) expect(validatePolicy({...fresh(), prevailingLanguage: value}), JSON.stringify(validatePolicy.errors)).toBe(true)
    const {prevailingLanguage: _, ...older} = fresh()
    expect(validatePolicy(older), JSON.stringify(validatePolicy.errors)).toBe(true)
  })

  it('accept the list', () => {
    const {policy, timeline} = lifecycle('2026-03-15')
    const list = JSON.parse(JSON.stringify(buildPolicyListPayload([{policy, timeline}], absolute)))
    expect(validateList(list), JSON.stringify(validateList.errors)).toBe(true)
  })

  const broken: [string, (p: Record<string, any>) => void][] = [
    ['no schemaVersion', (p) => delete p.schemaVersion],
    ['another schemaVersion', (p) => (p.schemaVersion = 2)],
    ['a hash that is not sha256 hex', (p) => (p.current.hash = 'abc')],
    ['a language hash missing', (p) => delete p.upcoming.hashes.ru],
    ['a date that is not a day', (p) => (p.revisions[0].effectiveFrom = '2026-02-30')],
    ['an unknown status', (p) => (p.revisions[1].status = 'draft')],
    ['a version that is not a whole number', (p) => (p.current.version = 2.5)],
    ['a URL that is not absolute', (p) => (p.urls.kk.app = '/kk/lifecycle/app')],
    ['a title that is not text or null', (p) => (p.titles.kk = 42)],
    ['requiresConsent missing', (p) => delete p.revisions[2].requiresConsent],
    ['no revisions', (p) => delete p.revisions],
    ['a prevailing language other than kk, ru or null', (p) => (p.prevailingLanguage = 'equal')],
  ]
  for (const [name, breakIt] of broken) {
    it(`reject a payload with ${name}`, () => {
      const payload = fresh()
      breakIt(payload)
      expect(validatePolicy(payload)).toBe(false)
    })
  }

  it('reject a list whose entry lacks its current revision', () => {
    const {policy, timeline} = lifecycle('2026-03-15')
    const list = JSON.parse(JSON.stringify(buildPolicyListPayload([{policy, timeline}], absolute)))
    delete list.policies[0].current
    expect(validateList(list)).toBe(false)
  })
})
