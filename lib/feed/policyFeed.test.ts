import {describe, expect, it} from 'vitest'
import type {Policy, Revision} from '@/lib/content/types'
import {translator} from '@/lib/i18n/translator'
import {buildTimeline} from '@/lib/revisions/timeline'
import {feedLabels, policyFeed} from './policyFeed'

const revision = (version: number, effectiveFrom: string, summary = {}): Revision => ({
  id: `r${version}`, policyId: 'p', version, effectiveFrom, summary, requiresConsent: false, sections: [], hash: {all: '', kk: '', ru: ''},
})

describe('policyFeed', () => {
  it('has one Atom entry per revision with its summary and permanent link', () => {
    const policy: Policy = {id: 'p', slug: 'privacy', title: {kk: 'Саясат', ru: 'Политика'}, revisions: [revision(1, '2024-01-01'), revision(2, '2025-01-01', {ru: 'Изменён срок <хранения>'})]}
    const xml = policyFeed({
      policy,
      timeline: buildTimeline(policy.revisions, '2025-06-01'),
      locale: 'ru',
      labels: feedLabels(translator('ru'), 'ru'),
    })
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"')
    expect(xml.match(/<entry>/g)).toHaveLength(2)
    expect(xml).toContain('<title type="html"><![CDATA[Редакция 2 (действует с 1 января 2025\u00a0г.)]]></title>')
    expect(xml).toContain('/ru/privacy/v/2')
    // Summaries are plain text: a feed reader must not see markup in them.
    expect(xml).toContain('Изменён срок &lt;хранения&gt;')
    expect(xml).not.toContain('<хранения>')
    expect(xml).toContain('<updated>2024-12-31T19:00:00.000Z</updated>')
  })

  it('titles Kazakh entries with the date in the ablative before «бастап»', () => {
    const policy: Policy = {id: 'p', slug: 'privacy', title: {kk: 'Саясат'}, revisions: [revision(1, '2024-03-01'), revision(2, '2025-09-01')]}
    const xml = policyFeed({policy, timeline: buildTimeline(policy.revisions, '2025-06-01'), locale: 'kk', labels: feedLabels(translator('kk'), 'kk')})
    expect(xml).toContain('<title type="html"><![CDATA[2-редакция (2025 жылғы 1 қыркүйектен бастап күшінде)]]></title>')
    expect(xml).toContain('<title type="html"><![CDATA[1-редакция (2024 жылғы 1 наурыздан бастап күшінде)]]></title>')
    expect(xml).toContain('Алғашқы редакция.')
  })
})
