// The GROQ queries of sanity/lib/queries.ts, run by the local source on a small dataset written here.
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {orphanRevisionsQuery, policyIndexQuery, policyQuery, policySlugsQuery, siteSettingsQuery} from '@/sanity/lib/queries'
import {fetchLocal} from './local'

const block = (text: string) => ({_type: 'block', _key: text.slice(0, 4), style: 'normal', markDefs: [], children: [{_type: 'span', _key: 's', text, marks: []}]})
const section = (key: string, kk: string, ru: string) => ({_key: key, anchor: key, heading: {kk, ru}, body: {kk: [block(kk)], ru: [block(ru)]}})

const documents = [
  {_id: 'siteSettings', _type: 'siteSettings', title: {kk: 'Саясаттар', ru: 'Политики'}, contactEmail: 'a@example.kz', prevailingLanguage: 'kk'},
  {_id: 'policy-b', _type: 'policy', title: {kk: 'Б'}, slug: {current: 'b'}, order: 2, prevailingLanguage: 'ru'},
  {_id: 'policy-a', _type: 'policy', title: {kk: 'А', ru: 'А'}, slug: {current: 'a'}, order: 1},
  {_id: 'policy-noslug', _type: 'policy', title: {kk: 'Жоқ'}},
  {_id: 'rev-a-2', _type: 'policyRevision', policy: {_ref: 'policy-a'}, version: 2, effectiveFrom: '2025-01-01', summary: {kk: 'өзгерді', ru: 'изменено'}, sections: [section('1', 'бір', 'один')]},
  {_id: 'rev-a-1', _type: 'policyRevision', policy: {_ref: 'policy-a'}, version: 1, effectiveFrom: '2024-01-01', sections: [section('1', 'бір', 'раз')]},
  {_id: 'drafts.rev-a-2', _type: 'policyRevision', policy: {_ref: 'policy-a'}, version: 2, effectiveFrom: '2025-01-01', sections: []},
  {_id: 'rev-orphan', _type: 'policyRevision', policy: {_ref: 'policy-gone'}, version: 1, effectiveFrom: '2024-01-01'},
]

const dir = mkdtempSync(join(tmpdir(), 'queries-'))
const path = join(dir, 'dataset.ndjson')
writeFileSync(path, documents.map((doc) => JSON.stringify(doc)).join('\n'))

describe('GROQ queries on the local source', () => {
  it('reads site settings', async () => {
    const settings = await fetchLocal<{title: unknown; contactEmail: string}>(path, siteSettingsQuery, {})
    expect(settings).toMatchObject({title: {kk: 'Саясаттар', ru: 'Политики'}, contactEmail: 'a@example.kz'})
  })

  it('lists slugs in display order, skipping policies without one', async () => {
    expect(await fetchLocal(path, policySlugsQuery, {})).toEqual([
      {_id: 'policy-a', slug: 'a'},
      {_id: 'policy-b', slug: 'b'},
    ])
  })

  it('gives the index with each policy\'s revision dates', async () => {
    const index = await fetchLocal<{slug: string; revisions: {version: number}[]}[]>(path, policyIndexQuery, {})
    expect(index.map((row) => [row.slug, row.revisions.map((r) => r.version).sort()])).toEqual([
      ['a', [1, 2]],
      ['b', []],
    ])
  })

  it('gives one policy with its published revisions in version order, sections in full', async () => {
    const policy = await fetchLocal<{slug: string; revisions: {_id: string; sections: unknown[]}[]}>(path, policyQuery, {id: 'policy-a'})
    expect(policy.slug).toBe('a')
    expect(policy.revisions.map((r) => r._id)).toEqual(['rev-a-1', 'rev-a-2'])
    expect(policy.revisions[1].sections).toEqual([{_key: '1', anchor: '1', heading: {kk: 'бір', ru: 'один'}, body: {kk: [block('бір')], ru: [block('один')]}}])
  })

  it('gives which text prevails as stored: the policy\'s own (null when unset) and the site\'s', async () => {
    const read = (id: string) => fetchLocal<{prevailingLanguage: unknown; sitePrevailingLanguage: unknown}>(path, policyQuery, {id})
    expect(await read('policy-a')).toMatchObject({prevailingLanguage: null, sitePrevailingLanguage: 'kk'})
    expect(await read('policy-b')).toMatchObject({prevailingLanguage: 'ru', sitePrevailingLanguage: 'kk'})
  })

  it('shows drafts only when asked (draft mode), in place of the published document', async () => {
    const drafted = await fetchLocal<{revisions: {_id: string; sections: unknown[]}[]}>(path, policyQuery, {id: 'policy-a'}, true)
    expect(drafted.revisions.map((r) => [r._id, r.sections.length])).toEqual([
      ['rev-a-1', 1],
      ['rev-a-2', 0],
    ])
  })

  it('finds revisions whose policy is missing', async () => {
    expect(await fetchLocal(path, orphanRevisionsQuery, {})).toEqual([{_id: 'rev-orphan', policyRef: 'policy-gone'}])
  })

  it('re-reads the dataset when the file changes', async () => {
    const changing = join(dir, 'changing.ndjson')
    writeFileSync(changing, JSON.stringify(documents[1]))
    expect(await fetchLocal(changing, policySlugsQuery, {})).toHaveLength(1)
    writeFileSync(changing, [documents[1], documents[2]].map((d) => JSON.stringify(d)).join('\n') + '\n')
    expect(await fetchLocal(changing, policySlugsQuery, {})).toHaveLength(2)
  })
})
