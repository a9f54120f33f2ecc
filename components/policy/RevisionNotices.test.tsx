import {renderToStaticMarkup} from 'react-dom/server'
import {describe, expect, it} from 'vitest'
import {lifecycle} from '@/lib/api/testing/lifecycle'
import {kazakhDate} from '@/lib/i18n/kazakh-dates'
import {translator} from '@/lib/i18n/translator'
import {findEntry} from '@/lib/revisions/timeline'
import {RevisionNotices} from './RevisionNotices'

describe('RevisionNotices', () => {
  it('an archived version states the days it was in force', () => {
    const {policy, timeline} = lifecycle('2026-03-15')
    const html = renderToStaticMarkup(<RevisionNotices policy={policy} timeline={timeline} entry={findEntry(timeline, 1)!} locale="ru" t={translator('ru')} />)
    expect(html).toMatch(/Это редакция 1, действовавшая с \d+ [а-я]+ \d{4}\u00a0г\. по \d+ [а-я]+ \d{4}\u00a0г\.(?!\.)/)
  })

  it('in Kazakh, names the period with both dates in the nominative before «аралығында», then the version', () => {
    const {policy, timeline} = lifecycle('2026-03-15')
    const entry = findEntry(timeline, 1)!
    const [from, to] = [entry.revision.effectiveFrom, entry.inForceUntil!]
    const html = renderToStaticMarkup(<RevisionNotices policy={policy} timeline={timeline} entry={entry} locale="kk" t={translator('kk')} />)
    expect(html).toContain(`Бұл — ${kazakhDate(from)} – ${kazakhDate(to)} аралығында күшінде болған 1-редакция.`)
  })

  it('a version replaced on its own date never was in force, and says so instead of a period', () => {
    const {policy, timeline} = lifecycle('2026-03-15', (revisions) => {
      revisions[1].effectiveFrom = revisions[0].effectiveFrom
    })
    const entry = findEntry(timeline, 1)!
    expect(entry.shadowed).toBe(true)
    for (const locale of ['kk', 'ru'] as const) {
      const html = renderToStaticMarkup(<RevisionNotices policy={policy} timeline={timeline} entry={entry} locale={locale} t={translator(locale)} />)
      expect(html).toContain(translator(locale)('History.shadowed'))
      expect(html).not.toMatch(/…|дейін|аралығында|по …/)
    }
  })
})
