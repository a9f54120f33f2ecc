// The test corpus (documents.ts): fifteen bilingual documents in the layouts legal teams keep, each imported
// and checked against what it was built from: every clause in one row with its kk text on the kk side and its
// ru text on the ru side, headings paired, title, effective date, encoding, and the defects it was built with
// reported. The committed fixtures/ must be what generate.ts writes.
import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {importInputs} from '../index'
import {checkAlignment, rowsHolding, sectionsOf} from './check'
import {CORPUS} from './documents'
import {FIXTURES, fixturesReadme} from './generate'
import {COOKIE_ARTICLES, COOKIES, PRIVACY, type Policy} from './texts'

const POLICY: Record<string, Policy> = {'01': PRIVACY, '02': PRIVACY, '03': PRIVACY, '04': COOKIES, '05': PRIVACY, '06': PRIVACY, '07': PRIVACY, '08': COOKIES, '09': PRIVACY, '10': PRIVACY, '11': PRIVACY, '12': COOKIES, '13': COOKIE_ARTICLES, '14': PRIVACY, '15': PRIVACY}

describe('the corpus fixtures', () => {
  it('has at least twelve documents, and fixtures/ holds exactly what generate.ts writes', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(12)
    expect(readdirSync(FIXTURES).sort()).toEqual([...CORPUS.map((doc) => doc.file), '.gitattributes', 'README.md'].sort())
    for (const doc of CORPUS) expect(new Uint8Array(readFileSync(new URL(doc.file, `file://${FIXTURES}`))), doc.file).toEqual(doc.bytes)
    expect(readFileSync(new URL('README.md', `file://${FIXTURES}`), 'utf8')).toBe(fixturesReadme())
  })
})

describe.each(CORPUS.map((doc) => [doc.file, doc] as const))('%s', (file, doc) => {
  const imported = importInputs([{name: file, bytes: doc.bytes}], {slug: 'corpus'})
  const policy = POLICY[file.slice(0, 2)]

  it(`puts each of its ${doc.expected.aligned.length} clauses in one row, kk text on the kk side, ru text on the ru side`, async () => {
    const alignment = checkAlignment(doc.expected.aligned, await imported)
    expect(alignment.misses).toEqual([])
    expect(alignment.aligned).toBe(doc.expected.aligned.length)
  })

  it('pairs every section heading, and keeps each language on its own side', async () => {
    const sections = sectionsOf(await imported)
    for (const section of policy.sections) {
      const kk = sections.findIndex((s) => s.heading.kk?.toLowerCase().includes(section.heading.kk.toLowerCase()))
      expect(kk, `kk heading ${section.heading.kk}`).toBeGreaterThanOrEqual(0)
      expect(sections[kk].heading.ru?.toLowerCase(), `ru heading beside ${section.heading.kk}`).toContain(section.heading.ru.toLowerCase())
    }
    for (const clause of doc.expected.aligned) {
      expect(rowsHolding(sections, 'ru', clause.kk), `kk ${clause.number} on the ru side`).toEqual([])
      expect(rowsHolding(sections, 'kk', clause.ru), `ru ${clause.number} on the kk side`).toEqual([])
    }
  })

  it('keeps a clause missing in one language on its own side only', async () => {
    const sections = sectionsOf(await imported)
    for (const clause of doc.expected.oneLanguage ?? []) {
      if (clause.ru) expect(rowsHolding(sections, 'ru', clause.ru)).toHaveLength(1)
      if (clause.kk) expect(rowsHolding(sections, 'kk', clause.kk)).toHaveLength(1)
    }
  })

  it('reads the title, the effective date and its line, and the encoding', async () => {
    const {report} = await imported
    expect(report.title).toEqual(policy.title)
    expect(report.effectiveFrom).toBe(doc.expected.effectiveFrom)
    expect(report.effectiveSource).toMatch(/^text, /)
    expect(report.effectiveLine).toMatch(/2023|2024/)
    expect(report.files).toEqual([{name: file, encoding: doc.expected.encoding}])
  })

  it('reports every clause with where each language was found, and the defects it holds', async () => {
    const {report} = await imported
    const numbers = report.clauses.map((clause) => clause.number)
    for (const clause of doc.expected.aligned) {
      const found = report.clauses.find((entry) => entry.from.kk && entry.from.ru && entry.number.split(' / ').some((n) => clause.number.endsWith(n)))
      expect(found, `clause ${clause.number} in ${numbers.join(', ')}`).toBeDefined()
    }
    for (const warning of doc.expected.warnings ?? []) expect(report.warnings.some((w) => warning.test(w)), `${warning} in\n${report.warnings.join('\n')}`).toBe(true)
    // Documents built without defects warn of none (one-language intros aside).
    if (!doc.expected.warnings) expect(report.warnings.filter((w) => /twice|out of order|different numbers|clause .* has no/.test(w))).toEqual([])
  })
})
