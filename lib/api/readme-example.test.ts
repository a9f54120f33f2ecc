// The README's JSON example for app developers ("For app developers", its ```json block) is a complete document:
// the published schemas accept it as written, and it says what the API would say (current and upcoming are the
// revisions of those statuses).
import {readFileSync} from 'node:fs'
import {Ajv2020} from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import {describe, expect, it} from 'vitest'

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')

function readmeExample(): string {
  const readme = read('README.md')
  const start = readme.indexOf('\n## For app developers\n')
  expect(start, 'README section "For app developers"').toBeGreaterThan(-1)
  const next = readme.indexOf('\n## ', start + 1)
  const section = readme.slice(start, next === -1 ? undefined : next)
  const blocks = [...section.matchAll(/^```json\n([\s\S]*?)^```$/gm)].map((match) => match[1])
  expect(blocks, 'one ```json block in "For app developers"').toHaveLength(1)
  return blocks[0]
}

const ajv = new Ajv2020({allErrors: true, strict: true})
addFormats(ajv)
ajv.addSchema(JSON.parse(read('public/schemas/policy.v1.json')))
ajv.addSchema(JSON.parse(read('public/schemas/policies.v1.json')))
const validatePolicy = ajv.getSchema('/schemas/policy.v1.json')!
const validateList = ajv.getSchema('/schemas/policies.v1.json')!

describe("README's JSON example", () => {
  const text = readmeExample()
  const example = JSON.parse(text)

  it('is complete: no placeholder left', () => {
    expect(text).not.toMatch(/…|\.\.\./)
  })

  it('is valid against policy.v1.json', () => {
    expect(validatePolicy(example), JSON.stringify(validatePolicy.errors, null, 2)).toBe(true)
  })

  it('without its revisions, is a valid entry of policies.v1.json', () => {
    const {$schema, schemaVersion, revisions, ...core} = example
    expect([$schema, schemaVersion, revisions.length > 0]).toEqual(['https://policies.example.kz/schemas/policy.v1.json', 1, true])
    const list = {$schema: 'https://policies.example.kz/schemas/policies.v1.json', schemaVersion: 1, policies: [core]}
    expect(validateList(list), JSON.stringify(validateList.errors, null, 2)).toBe(true)
  })

  it('agrees with itself: current and upcoming are the revisions of those statuses, newest first', () => {
    const ref = ({status, inForceUntil, shadowed, summary, ...rest}: Record<string, unknown>) => rest
    const byStatus = (status: string) => example.revisions.find((revision: {status: string}) => revision.status === status)
    expect(example.current).toEqual(ref(byStatus('current')))
    expect(example.upcoming).toEqual(ref(byStatus('upcoming')))
    const versions = example.revisions.map((revision: {version: number}) => revision.version)
    expect(versions).toEqual([...versions].sort((a, b) => b - a))
  })
})
