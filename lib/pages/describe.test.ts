// What every page kind says about itself in <head>: its own title, and a description of the document (which policy,
// which version, when in force, in which languages), never the editor's change note.
import {describe, expect, it} from 'vitest'
import {lifecycle} from '@/lib/api/testing/lifecycle'
import {kazakhDate} from '@/lib/i18n/kazakh-dates'
import {translator} from '@/lib/i18n/translator'
import {formatDay, previousDay} from '@/lib/revisions/dates'
import {findEntry} from '@/lib/revisions/timeline'
import {compareHead, historyHead, indexHead, revisionHead} from './describe'

const {policy, timeline} = lifecycle('2026-03-15')
const [kk, ru] = [translator('kk'), translator('ru')]
const entry = (version: number) => findEntry(timeline, version)!
const title = {kk: policy.title.kk!, ru: policy.title.ru!}

describe('titles', () => {
  it('the policy page is titled by the document; a version at its permanent URL by its version and state', () => {
    expect(revisionHead(policy, entry(2), false, 'kk', kk).title).toBe(title.kk)
    expect(revisionHead(policy, entry(2), true, 'kk', kk).title).toBe(`${title.kk} — 2-редакция`)
    expect(revisionHead(policy, entry(1), true, 'kk', kk).title).toBe(`${title.kk} — 1-редакция (мұрағат)`)
    expect(revisionHead(policy, entry(1), true, 'ru', ru).title).toBe(`${title.ru} — редакция 1 (архив)`)
    expect(revisionHead(policy, entry(3), true, 'ru', ru).title).toBe(`${title.ru} — редакция 3 (ещё не вступила в силу)`)
    expect(revisionHead(policy, entry(3), true, 'kk', kk).title).toBe(`${title.kk} — 3-редакция (әлі күшіне енбеген)`)
  })

  it('history and compare pages', () => {
    expect(historyHead(policy, 'kk', kk).title).toBe(`${title.kk} — өзгерістер тарихы`)
    expect(historyHead(policy, 'ru', ru).title).toBe(`${title.ru} — история изменений`)
    const [v1, v2] = [entry(1).revision, entry(2).revision]
    expect(compareHead(policy, v1, v2, 'kk', kk).title).toBe(`${title.kk} — 1- және 2-редакцияларды салыстыру`)
    expect(compareHead(policy, v1, v2, 'ru', ru).title).toBe(`${title.ru} — сравнение редакций 1 и 2`)
  })
})

describe('descriptions', () => {
  it('describe the document and its period, not the change note', () => {
    const v2 = entry(2).revision
    const kkText = revisionHead(policy, entry(2), false, 'kk', kk).description
    expect(kkText).toBe(
      `«${title.kk}» құжатының 2-редакциясы. ${kazakhDate(v2.effectiveFrom, 'ablative')} бастап күшінде. Қазақ және орыс тілдеріндегі мәтіндер бөлім бойынша қатар берілген.`,
    )
    const ruText = revisionHead(policy, entry(2), false, 'ru', ru).description
    expect(ruText).toBe(
      `Редакция 2 документа «${title.ru}». Действует с ${formatDay(v2.effectiveFrom, 'ru')} Тексты на казахском и русском языках приведены рядом, раздел за разделом.`,
    )
    for (const text of [kkText, ruText]) {
      for (const summary of Object.values(v2.summary)) if (summary) expect(text).not.toContain(summary)
      expect(text).not.toMatch(/\.\./)
    }
  })

  it('an archived version names its closed period; an upcoming one when it takes effect', () => {
    const v1 = entry(1)
    const until = previousDay(entry(2).revision.effectiveFrom)
    expect(v1.inForceUntil).toBe(until)
    expect(revisionHead(policy, v1, true, 'kk', kk).description).toContain(
      `1-редакциясы. ${kazakhDate(v1.revision.effectiveFrom)} – ${kazakhDate(until)} аралығында күшінде болған.`,
    )
    expect(revisionHead(policy, v1, true, 'ru', ru).description).toContain(
      `Действовала с ${formatDay(v1.revision.effectiveFrom, 'ru')} по ${formatDay(until, 'ru')} Тексты`,
    )
    expect(revisionHead(policy, entry(3), true, 'kk', kk).description).toContain(`${kazakhDate(entry(3).revision.effectiveFrom, 'ablative')} бастап күшіне енеді.`)
  })

  it('a text in one language says so instead of "side by side"', () => {
    const {policy: russianOnly, timeline: t} = lifecycle('2026-03-15', (docs) => {
      for (const section of docs[1].sections as {heading: Record<string, string>; body: Record<string, unknown>}[]) {
        delete section.heading.kk
        delete section.body.kk
      }
    })
    const e = findEntry(t, 2)!
    expect(revisionHead(russianOnly, e, false, 'kk', kk).description).toMatch(/ Бұл құжат тек орыс тілінде жарияланған\.$/)
    expect(revisionHead(russianOnly, e, false, 'ru', ru).description).toMatch(/ Этот документ опубликован только на русском языке\.$/)
  })

  it('history, compare and index pages have one too', () => {
    expect(historyHead(policy, 'kk', kk).description).toMatch(/^«.+» құжатының барлық редакциялары: .+\. Қазақ және орыс/)
    expect(historyHead(policy, 'ru', ru).description).toMatch(/^Все редакции документа «.+»: .+\. Тексты на казахском/)
    const [v1, v2] = [entry(1).revision, entry(2).revision]
    expect(compareHead(policy, v1, v2, 'ru', ru).description).toMatch(/^Изменения в редакции 2 документа «.+» по сравнению с редакцией 1\. /)
    expect(compareHead(policy, v1, v2, 'kk', kk).description).toMatch(/^«.+» құжатының 1-редакциясымен салыстырғанда 2-редакциясына енгізілген өзгерістер\. /)
    const settings = {title: {kk: 'Құжаттар', ru: 'Документы'}} as Parameters<typeof indexHead>[0]
    expect(indexHead(settings, 'ru', ru)).toEqual({title: 'Документы', description: ru('Index.intro')})
    expect(indexHead(settings, 'kk', kk).description).toBe(kk('Index.intro'))
  })
})
