import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {MISSING_SLUG, policyPages} from './bench-pages'

const dir = mkdtempSync(join(tmpdir(), 'bench-pages-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

function dataset(name: string, docs: object[]): string {
  const file = join(dir, name)
  writeFileSync(file, docs.map((doc) => JSON.stringify(doc)).join('\n'))
  return file
}

const policy = (slug: string) => ({_id: `policy-${slug}`, _type: 'policy', slug: {current: slug}})
const revision = (slug: string, version: number) => ({_id: `rev-${slug}-${version}`, _type: 'policyRevision', version, effectiveFrom: '2025-01-01', policy: {_ref: `policy-${slug}`}})

describe('policyPages', () => {
  it('lists every kind of reader page in each locale, the 404 expected to answer 404', () => {
    const file = dataset('two.ndjson', [policy('privacy'), revision('privacy', 2), revision('privacy', 1), policy('other'), revision('other', 1)])
    const kk = policyPages(file, 'privacy').filter((p) => p.label.startsWith('kk '))
    expect(kk.map((p) => [p.kind, p.path, p.status ?? 200])).toEqual([
      ['index', '/kk', 200],
      ['policy', '/kk/privacy', 200],
      ['revision', '/kk/privacy/v/1', 200],
      ['revision', '/kk/privacy/v/2', 200],
      ['history', '/kk/privacy/history', 200],
      ['compare', '/kk/privacy/compare/1/2', 200],
      ['app', '/kk/privacy/app', 200],
      ['not found', `/kk/${MISSING_SLUG}`, 404],
    ])
    expect(policyPages(file, 'privacy').filter((p) => p.label.startsWith('ru ')).map((p) => p.path)).toEqual(kk.map((p) => p.path.replace(/^\/kk/, '/ru')))
  })

  it('has no compare page for a single revision, and refuses a dataset whose policy has the 404 slug', () => {
    const single = dataset('one.ndjson', [policy('privacy'), revision('privacy', 1)])
    expect(policyPages(single, 'privacy').map((p) => p.kind)).not.toContain('compare')
    expect(() => policyPages(single, 'missing')).toThrow(/missing/)
    const clash = dataset('clash.ndjson', [policy('privacy'), revision('privacy', 1), policy(MISSING_SLUG)])
    expect(() => policyPages(clash, 'privacy')).toThrow(MISSING_SLUG)
  })
})
