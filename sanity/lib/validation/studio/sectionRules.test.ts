import {describe, expect, it} from 'vitest'
import {block, section} from '../../testing/blocks'
import {fakeContext} from '../../testing/fakeValidationContext'
import {hrefRule, portableTextRule, sectionLanguageRule} from './sectionRules'

const kkOnly = section('a', {kk: ['Тақырып', 'Мәтін']})
const revision = {_id: 'drafts.r', _type: 'policyRevision'}

describe('sectionLanguageRule', () => {
  it('warns about a missing language while site settings allow it', async () => {
    const context = fakeContext(revision, [{_id: 'siteSettings', requireBothLanguages: false}])
    expect(await sectionLanguageRule('warning')(kkOnly, context)).toMatch(/Russian/)
    expect(await sectionLanguageRule('error')(kkOnly, context)).toBe(true)
  })

  it('makes it an error when site settings require both languages', async () => {
    const context = fakeContext(revision, [{_id: 'siteSettings', requireBothLanguages: true}])
    expect(await sectionLanguageRule('error')(kkOnly, context)).toMatch(/require both languages/)
    expect(await sectionLanguageRule('warning')(kkOnly, context)).toBe(true)
  })
})

describe('text rules', () => {
  const context = fakeContext(revision, [])

  it('check link addresses', async () => {
    expect(await hrefRule('https://example.kz', context)).toBe(true)
    expect(await hrefRule('javascript:alert(1)', context)).toMatch(/Only http/)
  })

  it('point at the block holding unsupported content', async () => {
    const quote = block('Quote', {style: 'blockquote'})
    expect(await portableTextRule([block('ok'), quote], context)).toEqual([
      {message: expect.stringContaining('blockquote'), path: [{_key: quote._key}]},
    ])
    expect(await portableTextRule([block('ok')], context)).toBe(true)
  })
})
