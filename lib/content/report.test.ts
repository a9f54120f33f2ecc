import {mkdtempSync, readdirSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, describe, expect, it, vi} from 'vitest'

// report.ts keeps its per-process memory in module state: each test loads a fresh copy, like a new process.
async function freshReporter() {
  vi.resetModules()
  return (await import('./report')).reportProblem
}

describe('reportProblem', () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
  afterEach(() => {
    warn.mockClear()
    delete process.env.CONTENT_REPORT_ONCE_DIR
  })

  it('prints a problem once per process, naming the document and field', async () => {
    const report = await freshReporter()
    report({documentId: 'doc', field: 'title.kk', message: 'expected a string; ignored'})
    report({documentId: 'doc', field: 'title.kk', message: 'expected a string; ignored'})
    report({documentId: 'doc', message: 'no field'})
    expect(warn.mock.calls).toEqual([['[content] doc title.kk: expected a string; ignored'], ['[content] doc: no field']])
  })

  it('with CONTENT_REPORT_ONCE_DIR, prints a problem once across processes', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'content-report-'))
    try {
      process.env.CONTENT_REPORT_ONCE_DIR = folder
      const first = await freshReporter()
      const second = await freshReporter()
      first({documentId: 'doc', field: 'version', message: 'bad'})
      second({documentId: 'doc', field: 'version', message: 'bad'})
      second({documentId: 'doc', field: 'effectiveFrom', message: 'bad'})
      expect(warn.mock.calls).toEqual([['[content] doc version: bad'], ['[content] doc effectiveFrom: bad']])
      expect(readdirSync(folder)).toHaveLength(2)
    } finally {
      rmSync(folder, {recursive: true, force: true})
    }
  })

  it('prints the line when the folder cannot be written', async () => {
    process.env.CONTENT_REPORT_ONCE_DIR = join(tmpdir(), 'no-such-folder', 'deeper')
    const report = await freshReporter()
    report({documentId: 'doc', message: 'still printed'})
    expect(warn.mock.calls).toEqual([['[content] doc: still printed']])
  })
})
