import {describe, expect, it} from 'vitest'
import type {BenchPage} from './bench-pages'
import type {PageWeight} from './page-weight'
import {scriptNote, weightGoals} from './weight-section'

const none = {count: 0, raw: 0, gzip: 0, transferred: 0}

/** A weighed page: `transferred` bytes of bodies against a floor of `floor` gzipped bytes. */
function weighed(page: BenchPage, transferred: number, floor: number, extra: Partial<PageWeight> = {}): PageWeight {
  return {
    page,
    status: page.status ?? 200,
    requests: 1,
    html: {count: 1, raw: transferred * 4, gzip: transferred, transferred},
    js: none,
    css: none,
    fonts: none,
    other: none,
    transferredBody: transferred,
    transferredTotal: transferred + 300,
    inlineScript: 0,
    inlineCss: 2000,
    floorGzip: floor,
    ratio: transferred / floor,
    resources: [],
    ...extra,
  }
}

const policy: BenchPage = {label: 'kk policy', path: '/kk/privacy', kind: 'policy'}
const ruPolicy: BenchPage = {label: 'ru policy', path: '/ru/privacy', kind: 'policy'}
const history: BenchPage = {label: 'kk history', path: '/kk/privacy/history', kind: 'history'}
const app: BenchPage = {label: 'kk app view', path: '/kk/privacy/app', kind: 'app'}

describe('weightGoals', () => {
  it('holds the first visit to the (first) policy page to 2× its floor: 2.00× meets it, 2.01× does not', () => {
    const goal = (transferred: number) => weightGoals([weighed(history, 9000, 1000), weighed(policy, transferred, 5000), weighed(ruPolicy, 99_000, 5000)], [])[0]
    expect(goal(10_000)).toMatchObject({goal: '≤ 2×', measured: '2.00× (9.8 KiB vs 4.9 KiB)', met: true})
    expect(goal(10_000).what).toContain('`/kk/privacy`')
    expect(goal(10_050).met).toBe(false)
  })

  it('misses the policy goal when the page did not answer 200, and leaves it unmeasured without a policy page', () => {
    expect(weightGoals([weighed(policy, 100, 5000, {status: 500})], [])[0]).toMatchObject({measured: 'HTTP 500', met: false})
    expect(weightGoals([weighed(history, 100, 5000)], [])[0]).toMatchObject({measured: 'no policy page weighed', met: undefined})
  })

  it('keeps the app view goals: no JS at all, and the worst app view within 1.2× of its floor', () => {
    const ok = weightGoals([weighed(policy, 6000, 5000)], [weighed(app, 1200, 1000)])
    expect(ok.map((g) => [g.goal, g.met])).toEqual([['≤ 2×', true], ['0 B', true], ['≤ 1.2×', true]])
    const script = {count: 1, raw: 500, gzip: 300, transferred: 300}
    const bad = weightGoals([weighed(policy, 6000, 5000)], [weighed(app, 1000, 1000, {js: script}), weighed({...app, path: '/ru/privacy/app'}, 1300, 1000)])
    expect(bad.map((g) => g.met)).toEqual([true, false, false])
    expect(bad[2].measured).toBe('1.30×; 1 of 2 over 1.2× (/ru/privacy/app 1.30×)')
  })
})

describe('scriptNote', () => {
  it('says no page has script only when none has a JS file or inline script', () => {
    expect(scriptNote([weighed(policy, 1, 1), weighed(app, 1, 1)])).toMatch(/^Script: none on any of the 2 pages/)
    const inline = scriptNote([weighed(policy, 1, 1, {inlineScript: 120}), weighed(app, 1, 1)])
    expect(inline).toBe('Script on 1 of 2 pages: /kk/privacy (0 JS files, 0 B; 120 B inline).')
    expect(scriptNote([weighed(policy, 1, 1, {js: {count: 2, raw: 9, gzip: 9, transferred: 2048}})])).toContain('/kk/privacy (2 JS files, 2.0 KiB; 0 B inline)')
  })
})
