// Section 2 of the report: Lighthouse (mobile) on the policy page and the app view, median of a few runs.
import {runLighthouse, type LighthouseScores} from './lighthouse'
import {median, ms, table, type Goal, type SectionReport} from './markdown'

/** A page to run Lighthouse on; `baseUrl` when it is not served by the site under test. */
type Target = {label: string; path: string; baseUrl?: string}

function summarize(runs: LighthouseScores[]): LighthouseScores {
  return {
    performance: median(runs.map((r) => r.performance)),
    accessibility: median(runs.map((r) => r.accessibility)),
    lcpMs: median(runs.map((r) => r.lcpMs)),
    tbtMs: median(runs.map((r) => r.tbtMs)),
    cls: median(runs.map((r) => r.cls)),
    fcpMs: median(runs.map((r) => r.fcpMs)),
    diagnostics: runs[0]?.diagnostics ?? [],
  }
}

export async function lighthouseSection(baseUrl: string, policy: Target, app: Target, runs: number, outDir: string, floor?: Target): Promise<SectionReport> {
  const results: {target: Target; runs: LighthouseScores[]; median: LighthouseScores}[] = []
  for (const target of floor ? [policy, app, floor] : [policy, app]) {
    const all: LighthouseScores[] = []
    for (let i = 0; i < runs; i++) all.push(await runLighthouse((target.baseUrl ?? baseUrl) + target.path, outDir, `${target.label.replace(/\W+/g, '-')}-${i + 1}`))
    results.push({target, runs: all, median: summarize(all)})
  }
  const [p, a] = results.map((r) => r.median)
  const rows = results.map(({target, runs: all, median: m}) => [
    `${target.label} (\`${target.path}\`)`,
    `${m.performance} (${all.map((r) => r.performance).join(', ')})`,
    m.accessibility,
    ms(m.fcpMs),
    ms(m.lcpMs),
    ms(m.tbtMs),
    m.cls.toFixed(3),
  ])
  const warnings = results.flatMap(({target, runs: all}) => all.filter((r) => r.warning).map((r) => `${target.label}: ${r.warning}`))
  const goals: Goal[] = [
    {what: 'policy page performance', goal: '≥ 98', measured: String(p.performance), met: p.performance >= 98},
    {what: 'policy page LCP', goal: '≤ 1.2 s', measured: ms(p.lcpMs), met: p.lcpMs <= 1200},
    {what: 'app view performance', goal: '100', measured: String(a.performance), met: a.performance === 100},
    {what: 'app view accessibility', goal: '100', measured: String(a.accessibility), met: a.accessibility === 100},
  ]
  const body = [
    `Lighthouse CLI, default mobile emulation (Moto G Power, simulated slow 4G and 4× CPU slowdown), headless Chromium,`,
    `performance and accessibility only; median of ${runs} run(s) per page (every performance score in brackets). JSON reports in \`${outDir}\`.`,
    '',
    ...(floor
      ? [
          `The ${floor.label} is a bare Next.js App Router page (\`scripts/bench/framework-floor/\`: Next's defaults, no CSS,`,
          `fonts or i18n) holding the policy page's visible text as plain paragraphs, built and served the same way: what the`,
          `policy page scores below it is ours to remove, what the floor itself loses is the framework's.`,
          '',
        ]
      : []),
    table(['page', 'performance', 'accessibility', 'FCP', 'LCP', 'TBT', 'CLS'], rows),
    '',
    ...results.map(({target, median: m}) => `Lighthouse on the ${target.label} (first run): ${m.diagnostics.join('; ') || 'nothing to report'}.`),
    ...(warnings.length ? ['', 'Lighthouse warned: ' + warnings.join('; ')] : []),
  ].join('\n')
  return {title: 'Lighthouse (mobile)', body, goals}
}
