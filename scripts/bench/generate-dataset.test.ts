import {evaluate, parse} from 'groq-js'
import {afterEach, describe, expect, it, vi} from 'vitest'
import {parseDataset, type SanityDocument} from '@/lib/content/dataset'
import {toPolicy} from '@/lib/content/reshape'
import {compareRevisions} from '@/lib/revisions/compare'
import {policyQuery} from '@/sanity/lib/queries'
import {generateDataset, toNdjson, type DatasetShape} from './generate-dataset'

const shape: DatasetShape = {policies: 3, revisions: 6, sections: 8, words: 40, seed: 7}

type Section = {_key: string; anchor: string; body: {kk: {children: {text: string}[]}[]; ru: {children: {text: string}[]}[]}}
const revisionsOf = (docs: SanityDocument[], policy: string) =>
  docs.filter((d) => d._type === 'policyRevision' && (d.policy as {_ref: string})._ref === policy) as (SanityDocument & {version: number; effectiveFrom: string; sections: Section[]})[]
const textOf = (sections: Section[], locale: 'kk' | 'ru') => sections.flatMap((s) => s.body[locale].flatMap((b) => b.children.map((c) => c.text))).join(' ')

afterEach(() => vi.restoreAllMocks())

describe('generateDataset', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(toNdjson(generateDataset(shape))).toBe(toNdjson(generateDataset(shape)))
    expect(toNdjson(generateDataset({...shape, seed: 8}))).not.toBe(toNdjson(generateDataset(shape)))
  })

  it('writes the asked number of documents with dot-free ids, one siteSettings and parseable NDJSON', () => {
    const docs = generateDataset(shape)
    const parsed = parseDataset(toNdjson(docs))
    expect(parsed.problems).toEqual([])
    expect(parsed.documents).toHaveLength(1 + shape.policies * (1 + shape.revisions))
    expect(docs.filter((d) => d._type === 'siteSettings').map((d) => d._id)).toEqual(['siteSettings'])
    expect(docs.every((d) => !d._id.includes('.'))).toBe(true)
    expect(docs.map((d) => d._id)).toContain('policyRevision-p01-v3')
  })

  it('numbers versions 1..n with strictly later past dates, and summaries from version 2', () => {
    const revisions = revisionsOf(generateDataset(shape), 'policy-p02')
    expect(revisions.map((r) => r.version)).toEqual([1, 2, 3, 4, 5, 6])
    const dates = revisions.map((r) => r.effectiveFrom)
    expect([...dates].sort()).toEqual(dates)
    expect(new Set(dates).size).toBe(dates.length)
    expect(dates.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d) && d < '2025-01-02')).toBe(true)
    expect(revisions[0].summary).toBeUndefined()
    expect(revisions.slice(1).every((r) => typeof (r.summary as {kk: string}).kk === 'string')).toBe(true)
  })

  it('keeps section keys across revisions while the text changes, and writes Kazakh and Russian', () => {
    const [first, second, , , , last] = revisionsOf(generateDataset(shape), 'policy-p01')
    const keys = (r: typeof first) => r.sections.map((s) => s._key)
    expect(keys(first)).toHaveLength(shape.sections)
    expect(keys(second).filter((k) => keys(first).includes(k)).length).toBeGreaterThanOrEqual(shape.sections - 1)
    expect(new Set(keys(last)).size).toBe(keys(last).length)
    expect(textOf(last.sections, 'kk')).not.toBe(textOf(first.sections, 'kk'))
    expect(textOf(first.sections, 'kk')).toMatch(/[әғқңөұүһі]/)
    expect(textOf(first.sections, 'ru')).toMatch(/[а-яё]/)
    expect(textOf(first.sections, 'ru')).not.toMatch(/[әғқңөұүһі]/)
  })

  it('reads through the site query and reshaping without a single reported problem', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const dataset = generateDataset(shape)
    const params = {id: 'policy-p03'}
    const raw = await (await evaluate(parse(policyQuery, {params}), {dataset, params})).get()
    const policy = toPolicy(raw)
    expect(warn).not.toHaveBeenCalled()
    expect(policy?.slug).toBe('p03')
    expect(policy?.revisions).toHaveLength(shape.revisions)
    const diff = compareRevisions(policy!.revisions[0], policy!.revisions[1])
    expect(diff.stats).toBeDefined()
  })
})
