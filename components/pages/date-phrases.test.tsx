// Every place a Kazakh page, app view or feed joins a date to a word, rendered by the real components for dates in
// each month: the date is always in the case its postposition governs («бастап» the ablative, «дейін» the dative).
import {JSDOM} from 'jsdom'
import {describe, expect, it, vi} from 'vitest'
import {AppRevision} from '@/components/app-view/AppRevision'
import {CompareHeader} from '@/components/compare/CompareHeader'
import {HistoryList} from '@/components/history/HistoryList'
import {PolicyHeader} from '@/components/policy/PolicyHeader'
import {PolicyList} from '@/components/policy/PolicyList'
import {RevisionNotices} from '@/components/policy/RevisionNotices'
import type {Locale, Policy, Revision} from '@/lib/content/types'
import {feedLabels, policyFeed} from '@/lib/feed/policyFeed'
import {renderToStaticHtml} from '@/lib/html/render'
import {KAZAKH_MONTHS, kazakhDate} from '@/lib/i18n/kazakh-dates'
import {translator} from '@/lib/i18n/translator'
import {previousDay} from '@/lib/revisions/dates'
import {buildTimeline} from '@/lib/revisions/timeline'

// @ts-expect-error the package publishes no types for this build file
vi.mock('@portabletext/react', () => import('../../node_modules/@portabletext/react/dist/index.react-server.js'))

const TODAY = '2025-06-15'
const mm = (month: number) => String(month).padStart(2, '0')

const revision = (version: number, effectiveFrom: string): Revision => ({
  id: `r${version}`,
  policyId: 'p',
  version,
  effectiveFrom,
  summary: {kk: `${version}-өзгеріс`, ru: `Изменение ${version}`},
  requiresConsent: false,
  sections: [{key: 's', anchor: '1', heading: {kk: 'Бөлім', ru: 'Раздел'}, body: {}}],
  hash: {all: 'a', kk: 'k', ru: 'r'},
})

/** v1 archived (from the 15th of the month to the day before v2), v2 current from the 1st, v3 upcoming on the 10th. */
function policyIn(month: number): Policy {
  return {
    id: 'p',
    slug: 'privacy',
    title: {kk: 'Құпиялылық саясаты', ru: 'Политика конфиденциальности'},
    revisions: [revision(1, `2020-${mm(month)}-15`), revision(2, `2021-${mm(month)}-01`), revision(3, `2099-${mm(month)}-10`)],
  }
}

/** What a reader reads: a fragment's or a whole document's text, without the stylesheet. */
function text(html: string): string {
  const {document} = new JSDOM(html.startsWith('<html') ? html : `<body>${html}</body>`).window
  document.querySelectorAll('style').forEach((style) => style.remove())
  // Collapse white space as a browser does, but keep no-break spaces (which \s would match).
  return [document.title, document.body.textContent].join(' ').replace(/[ \t\n\r\f]+/g, ' ')
}

/** The text of every component that writes a date, for every revision, plus the feed's entry titles. */
async function everything(policy: Policy, locale: Locale): Promise<string> {
  const t = translator(locale)
  const timeline = buildTimeline(policy.revisions, TODAY)
  const [v1, v2, v3] = policy.revisions
  const trees = [
    <PolicyList key="list" policies={[{id: 'p', slug: 'privacy', title: policy.title, current: v2, upcoming: v3}]} locale={locale} t={t} />,
    <HistoryList key="history" policy={policy} timeline={timeline} locale={locale} t={t} />,
    <CompareHeader key="compare" policy={policy} from={v1} to={v2} stats={{changed: 1, added: 0, removed: 0, moved: 0, unchanged: 0}} locale={locale} t={t} />,
    ...timeline.entries.flatMap((entry) => [
      <PolicyHeader key={`h${entry.revision.version}`} policy={policy} entry={entry} locale={locale} t={t} />,
      <RevisionNotices key={`n${entry.revision.version}`} policy={policy} timeline={timeline} entry={entry} locale={locale} t={t} />,
      <AppRevision key={`a${entry.revision.version}`} data={{locale, policy, timeline, entry, pinned: true}} t={t} />,
    ]),
  ]
  const html = await Promise.all(trees.map((tree) => renderToStaticHtml(tree)))
  const feed = policyFeed({policy, timeline, locale, labels: feedLabels(t, locale)})
  const titles = [...feed.matchAll(/<title type="html"><!\[CDATA\[(.*?)\]\]><\/title>/g)].map((m) => m[1])
  expect(titles).toHaveLength(3)
  return [...html.map(text), ...titles].join('\n')
}

const NOMINATIVE_BEFORE_POSTPOSITION = new RegExp(`(${KAZAKH_MONTHS.join('|')}) (бастап|дейін)`, 'u')

describe.each(KAZAKH_MONTHS.map((name, i) => [name, i + 1] as const))('Kazakh date phrases in %s', (_name, month) => {
  it('every date before «бастап» is ablative, before «дейін» dative; none is in the Intl "ж." form', async () => {
    const policy = policyIn(month)
    const all = await everything(policy, 'kk')
    expect(all).not.toMatch(NOMINATIVE_BEFORE_POSTPOSITION)
    expect(all).not.toMatch(/ ж\.|[{}]|\d{4}-\d{2}-\d{2}|\.\./)
    const [v1, v2, v3] = policy.revisions.map((r) => r.effectiveFrom)
    const v1Until = previousDay(v2)
    const abl = (day: string) => kazakhDate(day, 'ablative')
    // Policy header, index, history, feed: "since"; notices and headers: "takes effect"; archived: the range.
    expect(all).toContain(`${abl(v2)} бастап күшінде`)
    expect(all).toContain(`${abl(v3)} бастап күшіне енеді`)
    expect(all).toContain(`${abl(v3)} бастап жаңа редакция`)
    // A closed period: both dates in the nominative, joined by a dash; before «аралығында» (which includes the
    // last day, where «дейін» could be read as stopping before it).
    const range = `${kazakhDate(v1)} – ${kazakhDate(v1Until)}`
    expect(all).toContain(`${range} аралығында күшінде болған`)
    expect(all).toContain(`Бұл — ${range} аралығында күшінде болған 1-редакция.`)
    expect(all).toContain(`Қолданылу мерзімі: ${range}`)
    expect(all).toContain(`Қолданылу мерзімі: ${abl(v2)} бастап`)
    expect(all).toContain(`2-редакция (${abl(v2)} бастап күшінде)`)
    expect(all).toContain(`Бұрынғы: 1-редакция (${kazakhDate(v1)})`)
  })

  it('the Russian pages write the same dates after «с» and «по» in the genitive', async () => {
    const all = await everything(policyIn(month), 'ru')
    expect(all).not.toMatch(/[{}]|\d{4}-\d{2}-\d{2}|\.\.|\d{4} г\./)
    expect(all).toMatch(/Действует с \d{1,2} [а-я]+ 2021\u00a0г\./)
    expect(all).toMatch(/Действовала с \d{1,2} [а-я]+ 2020\u00a0г\. по \d{1,2} [а-я]+ 202[01]\u00a0г\./)
  })
})
