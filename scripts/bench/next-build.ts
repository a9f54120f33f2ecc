// `next build` of one dataset, measured: wall time, peak memory of the process tree, content queries executed
// (CONTENT_QUERY_LOG=1 makes the fetch seam log each one), pages generated, and the time of each phase.
import {spawn} from 'node:child_process'
import {createWriteStream, mkdirSync, rmSync} from 'node:fs'
import {loadavg} from 'node:os'
import {dirname, join} from 'node:path'
import {createInterface} from 'node:readline'
import {samplePeakRss} from './process-tree'

export const NEXT_BIN = 'node_modules/next/dist/bin/next'

export type BuildOptions = {
  distDir: string
  dataset: string
  siteUrl: string
  logFile: string
  /** Remove the whole build folder first, compile cache included. */
  cold: boolean
  /**
   * Next's experimental split build: `compile` only bundles; `generate` only renders the pages, reusing the last
   * compile in `distDir`. Without it, a whole build.
   */
  mode?: 'compile' | 'generate'
  /** Stop the build after this long and extrapolate from its progress (a bench must end). */
  timeoutMs?: number
  env?: Record<string, string>
}

export type BuildResult = {
  exitCode: number
  wallMs: number
  peakRssBytes: number
  queries: number
  pages: number
  /** As Next prints it ("Compiled successfully in 28.4s"). */
  compileMs?: number
  /** From "Collecting page data" to the end of static generation, by the arrival of those lines. */
  dataAndPagesMs?: number
  logFile: string
  /** 1-min load average when the build started: other work on the machine slows it. */
  loadAtStart: number
  /** Set when the build was stopped at `timeoutMs`. */
  timedOut?: {pagesDone: number; estimatedWallMs?: number}
}

export function parseDuration(text: string): number | undefined {
  const match = /([\d.]+)\s*(ms|s|min)\b/.exec(text)
  if (!match) return undefined
  return Number(match[1]) * {ms: 1, s: 1000, min: 60_000}[match[2] as 'ms' | 's' | 'min']
}

/**
 * The data cache (`cache/fetch-cache`) outlives a build and its keys do not name the dataset file, so a build on
 * another dataset in the same folder would silently render the previous content: it always goes. The compiler's
 * cache stays unless `cold`, so a warm build measures what grows with the content.
 */
function prepare({distDir, cold, mode}: BuildOptions) {
  if (cold && mode !== 'generate') rmSync(distDir, {recursive: true, force: true})
  for (const folder of ['fetch-cache', 'last-good-content']) rmSync(join(distDir, 'cache', folder), {recursive: true, force: true})
}

/** The environment a bench build or server runs with: the local source on one dataset, in one dist folder. */
export function siteEnv(o: {distDir: string; dataset: string; siteUrl: string; env?: Record<string, string>}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_DIST_DIR: o.distDir,
    LOCAL_DATASET: o.dataset,
    CONTENT_SOURCE: 'local',
    SITE_URL: o.siteUrl,
    ...o.env,
  }
}

export function buildSite(options: BuildOptions): Promise<BuildResult> {
  prepare(options)
  mkdirSync(dirname(options.logFile), {recursive: true})
  const log = createWriteStream(options.logFile)
  const started = performance.now()
  const loadAtStart = loadavg()[0]
  const args = [NEXT_BIN, 'build', ...(options.mode ? ['--experimental-build-mode', options.mode] : [])]
  const child = spawn(process.execPath, args, {
    env: siteEnv({...options, env: {CONTENT_QUERY_LOG: '1', ...options.env}}),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group: a timeout stops the build's workers too
  })
  const memory = samplePeakRss(child.pid!)
  let queries = 0
  let pages = 0
  let compileMs: number | undefined
  let collectingAt: number | undefined
  let generatedAt: number | undefined
  let generatingAt: number | undefined
  let pagesDone = 0
  let progressAt = 0
  let timedOut = false
  const timer = options.timeoutMs
    ? setTimeout(() => {
        timedOut = true
        process.kill(-child.pid!, 'SIGKILL')
      }, options.timeoutMs)
    : undefined
  const onLine = (line: string) => {
    log.write(`${line}\n`)
    if (line.includes('[content] query #')) queries += 1
    else if (line.includes('Compiled successfully')) compileMs = parseDuration(line.split(' in ').at(-1) ?? '')
    else if (line.includes('Collecting page data')) collectingAt ??= performance.now()
    const generated = /Generating static pages.*\((\d+)\/(\d+)\)/.exec(line)
    if (generated) {
      pages = Number(generated[2])
      pagesDone = Number(generated[1])
      progressAt = performance.now()
      if (pagesDone === 0) generatingAt = progressAt
      if (generated[1] === generated[2]) generatedAt = performance.now()
    }
  }
  createInterface({input: child.stdout!}).on('line', onLine)
  createInterface({input: child.stderr!}).on('line', onLine)
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearTimeout(timer)
      const peakRssBytes = memory.stop()
      const wallMs = performance.now() - started
      log.end()
      resolve({
        exitCode: code ?? 1,
        wallMs,
        peakRssBytes,
        queries,
        pages,
        compileMs,
        dataAndPagesMs: collectingAt && generatedAt ? generatedAt - collectingAt : undefined,
        logFile: options.logFile,
        loadAtStart,
        ...(timedOut ? {timedOut: {pagesDone, estimatedWallMs: estimate(started, generatingAt, progressAt, pagesDone, pages)}} : {}),
      })
    })
  })
}

/** Wall time to the end of static generation, had the build gone on at the pace of its last progress line. */
function estimate(started: number, generatingAt: number | undefined, progressAt: number, done: number, total: number): number | undefined {
  if (generatingAt === undefined || done === 0 || total === 0) return undefined
  return generatingAt - started + ((progressAt - generatingAt) / done) * total
}
