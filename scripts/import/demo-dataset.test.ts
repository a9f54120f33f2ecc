// The committed demo dataset (sanity/seed/demo.ndjson): current with `npm run seed`, and well formed.
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {readDataset, type SanityDocument} from '@/lib/content/dataset'
import {isIsoDay} from '@/lib/revisions/dates'
import {buildDemoDataset, DEMO_DATASET} from '../seed'
import {blockProblems} from './block-checks'
import type {SectionDocument} from './documents'

const {documents, problems} = readDataset(DEMO_DATASET)
const byType = (type: string) => documents.filter((document) => document._type === type)
const revisions = byType('policyRevision')
const sectionsOf = (revision: SanityDocument) => revision.sections as SectionDocument[]
const revision = (slug: string, version: number) => documents.find((d) => d._id === `policyRevision-${slug}-v${version}`)!

describe('the demo dataset', () => {
  it('is what `npm run seed` generates now, byte for byte', () => {
    expect(readFileSync(DEMO_DATASET, 'utf8')).toBe(buildDemoDataset().ndjson)
  })

  it('parses without problems and holds the site settings, five policies and six revisions', () => {
    expect(problems).toEqual([])
    expect(byType('siteSettings')).toEqual([expect.objectContaining({_id: 'siteSettings', requireBothLanguages: false, contactEmail: expect.any(String)})])
    const policies = byType('policy').sort((a, b) => (a.order as number) - (b.order as number))
    expect(policies.map((p) => (p.slug as {current: string}).current)).toEqual(['privacy', 'e-karlygash', 'mobile-app', 'website', 'getx'])
    expect(revisions).toHaveLength(6)
  })

  it('gives kk-only and ru-only policies a title in their language only', () => {
    const title = (slug: string) => documents.find((d) => d._id === `policy-${slug}`)!.title
    expect(Object.keys(title('privacy') as object).sort()).toEqual(['kk', 'ru'])
    for (const slug of ['e-karlygash', 'website', 'getx']) expect(Object.keys(title(slug) as object)).toEqual(['kk'])
    expect(Object.keys(title('mobile-app') as object)).toEqual(['ru'])
  })

  it.each(revisions.map((r) => [r._id, r] as const))('%s has sections with keys and valid blocks', (_, doc) => {
    expect(documents.some((d) => d._id === (doc.policy as {_ref: string})._ref)).toBe(true)
    expect(isIsoDay(doc.effectiveFrom)).toBe(true)
    const sections = sectionsOf(doc)
    expect(sections.length).toBeGreaterThan(0)
    expect(new Set(sections.map((s) => s._key)).size).toBe(sections.length)
    for (const section of sections) {
      expect(section).toMatchObject({_type: 'policySection', _key: expect.stringMatching(/^s[0-9a-f]{12}$/), anchor: expect.any(String)})
      const sides = Object.entries(section.body)
      expect(sides.length).toBeGreaterThan(0)
      for (const [locale, blocks] of sides) expect(blockProblems(blocks), `${section.anchor} ${locale}`).toEqual([])
    }
  })
})

describe('privacy v2, the demo edit', () => {
  const [v1, v2] = [revision('privacy', 1), revision('privacy', 2)]

  it('comes into force later, with a kk and ru summary saying it is a demo', () => {
    expect([v1.effectiveFrom, v2.effectiveFrom]).toEqual(['2021-01-15', '2025-09-01'])
    expect(v1.summary).toBeUndefined()
    expect(v2.summary).toEqual({kk: expect.stringMatching(/^Демо түзету/), ru: expect.stringMatching(/^Демо-правка/)})
  })

  it('keeps the keys of unchanged sections, changes clause 1 in both languages and adds section 7', () => {
    const [old, next] = [sectionsOf(v1), sectionsOf(v2)]
    expect(next.map((s) => s._key).slice(0, old.length)).toEqual(old.map((s) => s._key))
    expect(next.map((s) => s.anchor)).toEqual([...old.map((s) => s.anchor), '7'])
    const changed = next.filter((s, i) => old[i] && JSON.stringify(s) !== JSON.stringify(old[i]))
    expect(changed.map((s) => s.anchor)).toEqual(['1'])
    const text = JSON.stringify(next[1])
    expect(text).toContain('30 (тридцати) календарных дней')
    expect(text).toContain('күнтізбелік 30 (отыз) күн')
    expect(next.at(-1)!.heading).toEqual({kk: '7. Байланыс ақпараты', ru: '7. Контактная информация'})
  })
})
