import {describe, expect, it} from 'vitest'
import {formatFinding, formatReport, formatSummary} from './format'
import {checkSection} from './checkSection'
import {section} from './testing/section'

const context = {revisionId: 'rev-2', policyId: 'policy.privacy', policySlug: 'privacy', version: 2}
const drift = checkSection(section({key: 'k13', anchor: '1-3', kk: '15 күн', ru: '10 дней'}), context)
const missing = ['a', 'b'].flatMap((key) => checkSection(section({key, kk: 'Мәтін'}), context))

describe('format', () => {
  it('prints one finding on one line', () => {
    expect(formatFinding(drift[0])).toBe('[duration] §1-3 Durations differ: only kk has 15 day ("15 күн"); only ru has 10 day ("10 дней")')
  })

  it('groups by policy and revision, sharing one line for sections missing the same language', () => {
    expect(formatReport([...drift, ...missing], {revisions: 3, sections: 12})).toEqual([
      'policy privacy',
      '  revision v2 (rev-2)',
      '    [missingLanguage] ru text missing in 2 sections: §a, §b',
      '    [duration] §1-3 Durations differ: only kk has 15 day ("15 күн"); only ru has 10 day ("10 дней")',
      'Fidelity: 1 difference between kk and ru in 1 section; 2 missing translations (checked 12 sections in 3 revisions)',
    ])
  })

  it('says so when there is nothing to report', () => {
    expect(formatReport([], {revisions: 1, sections: 1})).toEqual(['Fidelity: no difference between kk and ru (checked 1 section in 1 revision)'])
    expect(formatSummary([])).toBe('Fidelity: no difference between kk and ru')
  })
})
