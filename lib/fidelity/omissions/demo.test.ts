// The demo dataset's bilingual policy (seed 001 in sections, versions 1 and 2): its consistent sections stay quiet,
// and the omission check raises exactly its two real omissions in each version, the sentence of clause 2.1.1 that
// kk leaves out and the "организационные" measures of 5.1, through the same checkDataset as check:content.
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {readDataset} from '@/lib/content/dataset'
import {checkDataset} from '../checkDataset'
import {formatReport} from '../format'

const demo = fileURLToPath(new URL('../../../sanity/seed/demo.ndjson', import.meta.url))

describe('omissions in the demo dataset', () => {
  const {findings} = checkDataset(readDataset(demo).documents)
  const omissions = findings.filter((f) => f.kind === 'omittedSentence' || f.kind === 'omittedItem')

  it('are the known real ones, and no other', () => {
    const known = (revisionId: string) => [
      [revisionId, '2', 'omittedSentence', 'ru', 'К персональной информации, полученной таким образом, могут относиться, в частности, фамилия, имя, номер телефона, адрес электронной почты Пользователя.'],
      [revisionId, '5', 'omittedItem', 'ru', 'организационные'],
    ]
    expect(omissions.map((f) => [f.revisionId, f.section, f.kind, f.kk.length ? 'kk' : 'ru', [...f.kkText, ...f.ruText].join(' | ')])).toEqual([
      ...known('policyRevision-privacy-v1'),
      ...known('policyRevision-privacy-v2'),
    ])
  })

  it('leave every other section of the bilingual policy quiet', () => {
    const flagged = new Set(omissions.map((f) => `${f.revisionId} ${f.section}`))
    expect([...flagged].sort()).toEqual(['policyRevision-privacy-v1 2', 'policyRevision-privacy-v1 5', 'policyRevision-privacy-v2 2', 'policyRevision-privacy-v2 5'])
  })

  it('print in the report with the text they concern', () => {
    const lines = formatReport(findings)
    expect(lines).toContain(
      '    [omittedSentence] §2 Sentence missing: ru has a sentence that kk leaves out: "К персональной информации, полученной таким образом, могут относиться, в частности, фамилия, имя, номер телефона, адрес электронной почты Пользователя."',
    )
    expect(lines).toContain('    [omittedItem] §5 Enumeration item missing: ru lists an item that kk leaves out: "организационные" (in "организационные и технические")')
  })
})
