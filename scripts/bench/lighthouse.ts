// One Lighthouse run (its CLI, default mobile emulation and simulated throttling) against a local URL.
import {execFile} from 'node:child_process'
import {mkdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {promisify} from 'node:util'
import {chromiumArgs, chromiumPath} from './machine'

const run = promisify(execFile)
const CLI = 'node_modules/lighthouse/cli/index.js'

export type LighthouseScores = {
  performance: number
  accessibility: number
  lcpMs: number
  tbtMs: number
  cls: number
  fcpMs: number
  /** Where the time goes, in Lighthouse's words: LCP element, render-blocking and unused-JS estimates. */
  diagnostics: string[]
  /** Lighthouse's own complaint about the run (page failed to load, …), if any. */
  warning?: string
  /** The run measured nothing (a runtime error, or a category without a score): its zeros are not the page's. */
  failed: boolean
}

export type Report = {
  runtimeError?: {message?: string}
  runWarnings?: string[]
  categories: Record<string, {score: number | null}>
  audits: Record<string, {numericValue?: number; displayValue?: string; details?: {items?: {type?: string; selector?: string}[]}}>
}

function diagnose(audits: Report['audits']): string[] {
  const lcpNode = audits['lcp-breakdown-insight']?.details?.items?.find((item) => item.type === 'node')
  const said = (audit: string, label: string) => (audits[audit]?.displayValue ? [`${label}: ${audits[audit].displayValue}`] : [])
  return [
    ...(lcpNode?.selector ? [`LCP element \`${lcpNode.selector}\``] : []),
    ...said('render-blocking-insight', 'render-blocking requests'),
    ...said('unused-javascript', 'unused JavaScript'),
    ...said('mainthread-work-breakdown', 'main-thread work'),
  ].map((text) => text.replace(/\u00a0/g, ' '))
}

export async function runLighthouse(url: string, outDir: string, name: string): Promise<LighthouseScores> {
  mkdirSync(outDir, {recursive: true})
  const output = join(outDir, `${name}.json`)
  const browser = await chromiumPath()
  if (!browser) throw new Error('no Chromium found for Lighthouse (set CHROMIUM_PATH)')
  const chromeFlags = ['--headless=new', ...chromiumArgs].join(' ')
  await run(
    process.execPath,
    [CLI, url, '--output=json', `--output-path=${output}`, '--only-categories=performance,accessibility', `--chrome-flags=${chromeFlags}`, '--quiet'],
    {env: {...process.env, CHROME_PATH: browser}, timeout: 180_000, maxBuffer: 64 * 1024 * 1024},
  )
  return readScores(JSON.parse(readFileSync(output, 'utf8')) as Report)
}

/** The numbers the bench reports, from a Lighthouse JSON report. */
export function readScores(report: Report): LighthouseScores {
  const score = (category: string) => Math.round((report.categories[category]?.score ?? 0) * 100)
  const metric = (audit: string) => report.audits[audit]?.numericValue ?? NaN
  const warning = report.runtimeError?.message ?? report.runWarnings?.[0]
  const unscored = ['performance', 'accessibility'].some((category) => typeof report.categories[category]?.score !== 'number')
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    lcpMs: metric('largest-contentful-paint'),
    tbtMs: metric('total-blocking-time'),
    cls: metric('cumulative-layout-shift'),
    fcpMs: metric('first-contentful-paint'),
    diagnostics: diagnose(report.audits),
    ...(warning ? {warning} : {}),
    failed: report.runtimeError !== undefined || unscored,
  }
}
