import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {runCheckContent} from './cli'

const fixture = fileURLToPath(new URL('./testing/fixture.ndjson', import.meta.url))

function run(argv: string[], env: Record<string, string | undefined> = {}) {
  const out: string[] = []
  const err: string[] = []
  const code = runCheckContent(argv, env, {out: (l) => out.push(l), err: (l) => err.push(l)})
  return {code, out, err}
}

function dataset(lines: unknown[]): string {
  const path = join(mkdtempSync(join(tmpdir(), 'fidelity-')), 'data.ndjson')
  writeFileSync(path, lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n'))
  return path
}

describe('check:content', () => {
  it('prints the report and exits 0 without --strict', () => {
    const {code, out} = run([fixture])
    expect(code).toBe(0)
    expect(out[0]).toBe('policy privacy')
    expect(out.at(-1)).toMatch(/^Fidelity: 2 differences between kk and ru in 2 sections; 1 missing translation/)
  })

  it('exits 1 with --strict when kk and ru differ', () => {
    expect(run([fixture, '--strict']).code).toBe(1)
  })

  it('lets a missing language pass --strict unless the site requires both languages', () => {
    const section = {_key: 'a', heading: {kk: '1. Жалпы'}, body: {}}
    const revision = {_id: 'r', _type: 'policyRevision', version: 1, sections: [section]}
    expect(run([dataset([revision]), '--strict']).code).toBe(0)
    expect(run([dataset([{_id: 'siteSettings', _type: 'siteSettings', requireBothLanguages: true}, revision]), '--strict']).code).toBe(1)
  })

  it('reads LOCAL_DATASET when no path is given, and prefers the argument', () => {
    expect(run([], {LOCAL_DATASET: fixture}).out[0]).toBe('policy privacy')
    expect(run([fixture], {LOCAL_DATASET: '/nonexistent.ndjson'}).code).toBe(0)
  })

  it('exits 2 with a clear message for an unreadable dataset', () => {
    const missing = run(['/nonexistent/demo.ndjson'])
    expect(missing.code).toBe(2)
    expect(missing.err.join('\n')).toMatch(/Local dataset not found: \/nonexistent\/demo.ndjson/)
    const directory = run([tmpdir()])
    expect(directory.code).toBe(2)
    expect(directory.err.join('\n')).toMatch(/Cannot read dataset/)
    const garbage = run([dataset(['not json', '{"also": "no id"}'])])
    expect(garbage.code).toBe(2)
    expect(garbage.err.at(-1)).toMatch(/holds no readable document/)
  })

  it('prints JSON with --json and rejects unknown options', () => {
    const json = JSON.parse(run([fixture, '--json']).out.join('\n'))
    expect(json.findings).toHaveLength(3)
    expect(json).toMatchObject({revisions: 2, sections: 6})
    expect(run([fixture, '--strcit']).code).toBe(2)
  })
})
