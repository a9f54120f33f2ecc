// Section 3: build synthetic datasets of growing size and report how time, memory and content queries grow.
// The code is compiled once (content does not change it); each dataset then gets Next's `generate` build mode,
// which renders every page from that dataset. A whole build of a dataset = compile + its generation.
import {join} from 'node:path'
import {writeDataset, type DatasetShape} from './generate-dataset'
import {bytes, seconds, table, type Goal, type SectionReport} from './markdown'
import {buildSite, type BuildResult} from './next-build'

const GOAL_REVISIONS = 1000
const GOAL_MS = 180_000

export type ScaleOptions = {
  sizes: {policies: number; revisions: number}[]
  sections: number
  words: number
  seed: number
  distDir: string
  workDir: string
  siteUrl: string
  /** Each generation is stopped after this long, and its total extrapolated from its progress. */
  buildTimeoutMs: number
  /** The compile of this run's demo build, if there was one (same code, same folder): reused, not redone. */
  compiled?: {ms: number; how: string}
}

export type Measured = {shape: DatasetShape; datasetBytes: number; build: BuildResult}

const revisionsOf = (m: Measured) => m.shape.policies * m.shape.revisions
const ok = (m: Measured) => m.build.exitCode === 0 && !m.build.timedOut
const growth = (a: number, b: number) => (a > 0 ? `×${(b / a).toFixed(1)}` : '-')
/** Generation time, or its extrapolation when it was stopped. */
const generationMs = (m: Measured) => m.build.timedOut?.estimatedWallMs ?? m.build.wallMs

function generation(m: Measured): string {
  const stopped = m.build.timedOut
  if (!stopped) return seconds(m.build.wallMs)
  const estimate = stopped.estimatedWallMs === undefined ? '' : `; at that pace ≈ ${seconds(stopped.estimatedWallMs)}`
  return `> ${seconds(m.build.wallMs)} (stopped at ${stopped.pagesDone}/${m.build.pages} pages${estimate})`
}

function wholeBuild(m: Measured, compileMs: number): string {
  if (m.build.timedOut) return m.build.timedOut.estimatedWallMs === undefined ? `> ${seconds(compileMs + m.build.wallMs)}` : `≈ ${seconds(compileMs + generationMs(m))}`
  return m.build.exitCode === 0 ? seconds(compileMs + m.build.wallMs) : `failed (exit ${m.build.exitCode})`
}

async function compile(options: ScaleOptions, dataset: string): Promise<{ms: number; how: string}> {
  if (options.compiled) return options.compiled
  const build = await buildSite({distDir: options.distDir, dataset, siteUrl: options.siteUrl, logFile: join(options.workDir, 'scale-compile.build.log'), cold: false, mode: 'compile'})
  if (build.exitCode !== 0) throw new Error(`next build --experimental-build-mode compile failed (exit ${build.exitCode}); log: ${build.logFile}`)
  return {ms: build.compileMs ?? build.wallMs, how: 'compile-only build in this section, compiler cache kept'}
}

export async function scaleSection(options: ScaleOptions): Promise<SectionReport> {
  const measured: Measured[] = []
  let compiled: {ms: number; how: string} | undefined
  for (const size of options.sizes) {
    const shape: DatasetShape = {...size, sections: options.sections, words: options.words, seed: options.seed}
    const name = `scale-${size.policies}x${size.revisions}x${options.sections}`
    const dataset = join(options.workDir, `${name}.ndjson`)
    const written = writeDataset(dataset, shape)
    compiled ??= await compile(options, dataset)
    console.log(`[bench] scale: generating ${name} (${bytes(written.bytes)})`)
    const logFile = join(options.workDir, `${name}.build.log`)
    const build = await buildSite({distDir: options.distDir, dataset, siteUrl: options.siteUrl, logFile, cold: false, mode: 'generate', timeoutMs: options.buildTimeoutMs})
    measured.push({shape, datasetBytes: written.bytes, build})
    if (!ok(measured.at(-1)!)) break // a larger dataset would only fail (or be stopped) later
  }
  const compileMs = compiled?.ms ?? 0
  const rows = measured.map((m) => [
    `${m.shape.policies} × ${m.shape.revisions} × ${m.shape.sections}`,
    revisionsOf(m),
    bytes(m.datasetBytes),
    m.build.pages,
    generation(m),
    wholeBuild(m, compileMs),
    bytes(m.build.peakRssBytes),
    m.build.queries,
    (m.build.queries / revisionsOf(m)).toFixed(2),
    m.build.loadAtStart.toFixed(1),
  ])
  const [first, last] = [measured[0], measured.at(-1)!]
  const growthLine =
    measured.length > 1
      ? `From ${revisionsOf(first)} to ${revisionsOf(last)} revisions (${growth(revisionsOf(first), revisionsOf(last))}): ` +
        `generation time ${growth(generationMs(first), generationMs(last))}${last.build.timedOut ? ' (extrapolated)' : ''}, ` +
        `peak memory ${growth(first.build.peakRssBytes, last.build.peakRssBytes)}, content queries ${growth(first.build.queries, last.build.queries)}, ` +
        `pages ${growth(first.build.pages, last.build.pages)}.`
      : ''
  const failed = measured.find((m) => m.build.exitCode !== 0 && !m.build.timedOut)
  const stopped = measured.find((m) => m.build.timedOut)
  return {
    title: 'Scale (build)',
    body: [
      `Synthetic datasets from \`scripts/bench/generate-dataset.ts\` (seed ${options.seed}, ${options.sections} sections of ~${options.words} words per language).`,
      `The code is compiled once (${seconds(compileMs)}: ${compiled?.how ?? 'not compiled'}); each dataset is then rendered by`,
      `\`next build --experimental-build-mode generate\` into \`${options.distDir}\`, with the data cache emptied first. "Whole build" = that`,
      'compile + the generation. Peak memory = largest summed RSS of the generation\'s process tree (sampled every 250 ms).',
      'Content queries = queries the fetch seam executed (`CONTENT_QUERY_LOG=1`), counted over every build process.',
      `A generation still running after ${seconds(options.buildTimeoutMs)} is stopped (\`--build-timeout\`) and extrapolated from its page progress.`,
      '',
      table(['policies × revisions × sections', 'revisions', 'dataset', 'pages', 'generation', 'whole build', 'peak memory', 'content queries', 'queries per revision', 'machine load at start'], rows),
      '',
      growthLine,
      ...(failed ? ['', `A build failed; its log: \`${failed.build.logFile}\`.`] : []),
      ...(stopped ? ['', `The ${stopped.shape.policies} × ${stopped.shape.revisions} generation was stopped at the time limit${stopped === last && measured.length < options.sizes.length ? '; larger sizes were not built' : ''}. Its log: \`${stopped.build.logFile}\`.`] : []),
    ].join('\n'),
    goals: [goal(measured, compileMs)],
    ...(failed ? {error: `build of ${failed.shape.policies}x${failed.shape.revisions} failed`} : {}),
  }
}

export function goal(measured: Measured[], compileMs: number): Goal {
  const what = `whole build of ${GOAL_REVISIONS} revisions`
  const target = `≤ ${GOAL_MS / 60_000} min`
  const big = measured.filter((m) => revisionsOf(m) >= GOAL_REVISIONS && (ok(m) || m.build.timedOut)).at(-1)
  if (big) return {what: `whole build of ${revisionsOf(big)} revisions`, goal: target, measured: wholeBuild(big, compileMs), met: ok(big) && compileMs + big.build.wallMs <= GOAL_MS}
  // Generation time grows with content: when a smaller dataset's generation alone ran past the limit (longer than
  // the goal), the larger one was not attempted and would miss the goal too.
  const small = measured.find((m) => m.build.timedOut)
  if (small && small.build.wallMs > GOAL_MS) return {what, goal: target, measured: `not built: the generation of ${revisionsOf(small)} revisions alone ran ${generation(small)}`, met: false}
  const largest = measured.length ? revisionsOf(measured.at(-1)!) : 0
  return {what, goal: target, measured: `not built in this run (largest: ${largest} revisions)`, met: undefined}
}
