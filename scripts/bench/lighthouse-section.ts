// Section 2 of the report: Lighthouse (mobile) on the reader pages (index, policy, history, compare) and the app
// view, median of a few runs per page, one run at a time.
import {runLighthouse, type LighthouseScores} from './lighthouse'
import {median, ms, table, type Goal, type SectionReport} from './markdown'

/** A page to run Lighthouse on, and which goals it has: a reader page's or the app view's. */
export type Target = {label: string; path: string; goals: 'reader' | 'app'}

export type Measured = {target: Target; runs: LighthouseScores[]; median: LighthouseScores}

export const READER_LCP_MS = 1000

function summarize(runs: LighthouseScores[]): LighthouseScores {
  return {
    performance: median(runs.map((r) => r.performance)),
    accessibility: median(runs.map((r) => r.accessibility)),
    lcpMs: median(runs.map((r) => r.lcpMs)),
    tbtMs: median(runs.map((r) => r.tbtMs)),
    cls: median(runs.map((r) => r.cls)),
    fcpMs: median(runs.map((r) => r.fcpMs)),
    diagnostics: runs[0]?.diagnostics ?? [],
    failed: runs.some((r) => r.failed),
  }
}

const measuredMs = (value: number) => (Number.isFinite(value) ? ms(value) : 'not measured')

/**
 * Every page: performance 100 and accessibility 100; a reader page also LCP ≤ 1.0 s. All medians of the runs.
 * `runs` counts the runs asked for: a page with fewer (a run broke) does not meet its goals on what is left.
 */
export function lighthouseGoals(results: Measured[], runs: number): Goal[] {
  return results.flatMap(({target, runs: all, median: m}) => {
    const complete = all.length === runs && all.every((r) => !r.failed)
    const page = `${target.label} (\`${target.path}\`)`
    const note = complete ? '' : ` (${all.filter((r) => !r.failed).length} of ${runs} runs complete)`
    return [
      {what: `${page} performance`, goal: '100', measured: `${m.performance}${note}`, met: complete && m.performance === 100},
      ...(target.goals === 'reader'
        ? [{what: `${page} LCP`, goal: `≤ ${(READER_LCP_MS / 1000).toFixed(1)} s`, measured: `${measuredMs(m.lcpMs)}${note}`, met: complete && m.lcpMs <= READER_LCP_MS}]
        : []),
      {what: `${page} accessibility`, goal: '100', measured: `${m.accessibility}${note}`, met: complete && m.accessibility === 100},
    ]
  })
}

export async function lighthouseSection(baseUrl: string, targets: Target[], runs: number, outDir: string): Promise<SectionReport> {
  const results: Measured[] = []
  for (const target of targets) {
    const all: LighthouseScores[] = []
    // One run at a time: two Chromiums at once would share the cores and slow each other's simulated CPU.
    for (let i = 0; i < runs; i++) all.push(await runLighthouse(baseUrl + target.path, outDir, `${target.label.replace(/\W+/g, '-')}-${i + 1}`))
    results.push({target, runs: all, median: summarize(all)})
  }
  const rows = results.map(({target, runs: all, median: m}) => [
    `${target.label} (\`${target.path}\`)`,
    `${m.performance} (${all.map((r) => r.performance).join(', ')})`,
    m.accessibility,
    ms(m.fcpMs),
    `${ms(m.lcpMs)} (${all.map((r) => ms(r.lcpMs)).join(', ')})`,
    ms(m.tbtMs),
    m.cls.toFixed(3),
  ])
  const warnings = results.flatMap(({target, runs: all}) => all.filter((r) => r.warning).map((r) => `${target.label}: ${r.warning}`))
  const body = [
    `Lighthouse CLI, default mobile emulation (Moto G Power, simulated slow 4G and 4× CPU slowdown), headless Chromium,`,
    `performance and accessibility only; median of ${runs} run(s) per page, one run at a time (every run's performance and LCP`,
    `in brackets). The reader pages are ${results.filter((r) => r.target.goals === 'reader').map((r) => `\`${r.target.path}\``).join(', ')}:`,
    `each a whole HTML document with one inline stylesheet and no script. JSON reports in \`${outDir}\`.`,
    '',
    table(['page', 'performance', 'accessibility', 'FCP', 'LCP', 'TBT', 'CLS'], rows),
    '',
    ...results.map(({target, median: m}) => `Lighthouse on the ${target.label} (first run): ${m.diagnostics.join('; ') || 'nothing to report'}.`),
    ...(warnings.length ? ['', 'Lighthouse warned: ' + warnings.join('; ')] : []),
  ].join('\n')
  return {title: 'Lighthouse (mobile)', body, goals: lighthouseGoals(results, runs)}
}
