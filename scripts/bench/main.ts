// `npm run bench`: builds and serves the site, measures it section by section and writes docs/benchmarks.md.
// A missed goal is reported, never asserted; the exit code is non-zero only when the bench itself broke.
import {copyFileSync, mkdirSync, writeFileSync} from 'node:fs'
import {cpus, loadavg} from 'node:os'
import {dirname, join} from 'node:path'
import {paths} from '@/lib/paths'
import {appPages, policyPages, policySlugs, type BenchPage} from './bench-pages'
import {compareSection} from './compare-section'
import {lighthouseSection, type Target} from './lighthouse-section'
import {loadSection} from './load'
import {describeMachine} from './machine'
import {bytes, seconds, type SectionReport} from './markdown'
import {buildSite, type BuildResult} from './next-build'
import {startServer} from './next-server'
import {parseOptions, usage, type Options, type SectionName} from './options'
import {publishSection} from './publish-latency'
import {renderReport} from './report'
import {scaleSection} from './scale-section'
import {studioSection} from './studio-section'
import {pageWeightSection} from './weight-section'

// One build folder for every bench build: `next build` adds each new folder name to tsconfig.json's include.
const DIST_DIR = '.next-bench'
const WORK_DIR = '.cache/bench'
const SECRET = 'bench-webhook-secret'
const SERVED: SectionName[] = ['weight', 'lighthouse', 'load', 'publish', 'studio']

const log = (message: string) => console.log(`[bench] ${message}`)

/** Runs one section; a throw becomes a report that says the bench broke there. */
async function attempt(title: string, run: () => Promise<SectionReport>): Promise<SectionReport> {
  log(`${title}...`)
  const started = performance.now()
  // Other work on the machine slows every number here: say how busy it was.
  const load = `Machine load when this section started (1-min load average, ${cpus().length} cores): ${loadavg()[0].toFixed(2)}.`
  try {
    const report = await run()
    log(`${title} done in ${seconds(performance.now() - started)}`)
    return {...report, body: `${report.body}\n\n${load}`}
  } catch (error) {
    console.error(error)
    return {title, body: '', goals: [], error: (error as Error).message.split('\n')[0]}
  }
}

const describeBuild = (build: BuildResult, cold: boolean) =>
  `Demo build (${cold ? 'cold: no caches' : 'compiler cache kept'}): ${seconds(build.wallMs)} wall, compile ${build.compileMs === undefined ? '-' : seconds(build.compileMs)}, ` +
  `${build.pages} pages, ${build.queries} content queries, peak memory ${bytes(build.peakRssBytes)}, machine load at start ${build.loadAtStart.toFixed(1)}.`

type Compiled = {ms: number; how: string}

/** Lighthouse's pages, in the first locale (kk): the reader pages with goals (index, policy, history, compare), then the app view. */
function lighthouseTargets(pages: BenchPage[]): Target[] {
  const locale = pages[0].path.split('/')[1]
  const find = (kind: BenchPage['kind']) => {
    const page = pages.find((p) => p.kind === kind && p.path.split('/')[1] === locale)
    if (!page) throw new Error(`no ${kind} page in ${locale} to run Lighthouse on`)
    return page
  }
  return [
    ...(['policy', 'compare', 'history', 'index'] as const).map((kind): Target => ({label: find(kind).label, path: find(kind).path, goals: 'reader'})),
    {label: find('app').label, path: find('app').path, goals: 'app'},
  ]
}

async function servedSections(options: Options, notes: string[]): Promise<{sections: SectionReport[]; compiled?: Compiled}> {
  const dataset = join(WORK_DIR, 'demo.ndjson') // a copy: the publish section edits it
  copyFileSync(options.dataset, dataset)
  const siteUrl = `http://127.0.0.1:${options.port}`
  log(`building ${options.dataset} into ${DIST_DIR}${options.cold ? ' (cold)' : ''}`)
  const build = await buildSite({distDir: DIST_DIR, dataset, siteUrl, logFile: join(WORK_DIR, 'demo.build.log'), cold: options.cold, env: {SANITY_REVALIDATE_SECRET: SECRET}})
  if (build.exitCode !== 0) throw new Error(`next build of the demo dataset failed (exit ${build.exitCode}); log: ${build.logFile}`)
  notes.push(describeBuild(build, options.cold))
  // The local Content Lake runs too (loopback only), for the Studio section; it reads the same dataset copy.
  const server = await startServer({distDir: DIST_DIR, dataset, port: options.port, logFile: join(WORK_DIR, 'demo.server.log'), env: {SANITY_REVALIDATE_SECRET: SECRET, LOCAL_CONTENT_LAKE: '1'}})
  const want = (name: SectionName) => options.only.includes(name)
  const sections: SectionReport[] = []
  try {
    const pages = policyPages(dataset, options.policy)
    const policy = pages.find((p) => p.kind === 'policy')!
    if (want('weight')) sections.push(await attempt('Page weight', () => pageWeightSection(server.url, pages, appPages(dataset))))
    if (want('lighthouse')) sections.push(await attempt('Lighthouse (mobile)', () => lighthouseSection(server.url, lighthouseTargets(pages), options.lighthouseRuns, join(WORK_DIR, 'lighthouse'))))
    if (want('load'))
      sections.push(await attempt('Load', () => loadSection({baseUrl: server.url, pagePath: policy.path, apiPath: paths.api(options.policy), durationS: options.durationS, connections: options.connections, workDir: WORK_DIR})))
    if (want('publish')) {
      const policyId = policySlugs(dataset).find((p) => p.slug === options.policy)!.id
      const locale = policy.path.split('/')[1]
      sections.push(await attempt('Publish latency', () => publishSection({baseUrl: server.url, dataset, slug: options.policy, policyId, locale, secret: SECRET, runs: options.publishRuns})))
    }
    if (want('studio')) {
      const policyId = policySlugs(dataset).find((p) => p.slug === options.policy)!.id
      const locale = policy.path.split('/')[1]
      sections.push(await attempt('Studio on the local Content Lake', () => studioSection({baseUrl: server.url, policyId, slug: options.policy, locale, runs: Math.min(options.publishRuns, 10)})))
    }
  } finally {
    await server.stop()
  }
  const how = `the demo build's compile step, ${options.cold ? 'cold: no caches' : 'compiler cache kept'}`
  return {sections, compiled: build.compileMs === undefined ? undefined : {ms: build.compileMs, how}}
}

async function main(): Promise<number> {
  let parsed: ReturnType<typeof parseOptions>
  try {
    parsed = parseOptions(process.argv.slice(2))
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`)
    return 2
  }
  if (parsed === 'help') {
    console.log(usage)
    return 0
  }
  const options = parsed
  const started = performance.now()
  mkdirSync(WORK_DIR, {recursive: true})
  const machine = await describeMachine()
  const notes: string[] = []
  const sections: SectionReport[] = []
  let compiled: Compiled | undefined
  if (options.only.some((name) => SERVED.includes(name))) {
    try {
      const served = await servedSections(options, notes)
      sections.push(...served.sections)
      compiled = served.compiled
    } catch (error) {
      console.error(error)
      sections.push({title: 'Demo build and server', body: '', goals: [], error: (error as Error).message})
    }
  }
  if (options.only.includes('scale'))
    sections.push(await attempt('Scale (build)', () => scaleSection({sizes: options.scale, sections: options.sections, words: options.words, seed: options.seed, distDir: DIST_DIR, workDir: WORK_DIR, siteUrl: `http://127.0.0.1:${options.port}`, buildTimeoutMs: options.buildTimeoutS * 1000, compiled})))
  if (options.only.includes('compare')) sections.push(await attempt('Compare (diff and render)', () => compareSection(options.compareRuns)))
  const command = ['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' ')
  const report = renderReport({command, machine, sections, notes, totalMs: performance.now() - started})
  mkdirSync(dirname(options.out), {recursive: true})
  writeFileSync(options.out, report)
  console.log(`\n${report}`)
  log(`written to ${options.out}`)
  return sections.some((s) => s.error) ? 1 : 0
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error)
    process.exit(1)
  },
)
