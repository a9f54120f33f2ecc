// The bench's settings: flags first, then BENCH_* environment variables (e.g. BENCH_SCALE=5x20), then the
// defaults of the mode (full or --quick).
import {parseArgs} from 'node:util'

export const sectionNames = ['weight', 'lighthouse', 'scale', 'publish', 'studio', 'load', 'compare'] as const
export type SectionName = (typeof sectionNames)[number]

export type Options = {
  quick: boolean
  only: SectionName[]
  dataset: string
  policy: string
  port: number
  /** Start the demo build without any cache (compiler cache included). */
  cold: boolean
  durationS: number
  connections: number
  scale: {policies: number; revisions: number}[]
  sections: number
  words: number
  seed: number
  publishRuns: number
  lighthouseRuns: number
  compareRuns: number
  /** Seconds after which a scale generation is stopped (and extrapolated). */
  buildTimeoutS: number
  out: string
}

const spec = {
  quick: {type: 'boolean'},
  only: {type: 'string'},
  dataset: {type: 'string'},
  policy: {type: 'string'},
  port: {type: 'string'},
  cold: {type: 'boolean'},
  warm: {type: 'boolean'},
  duration: {type: 'string'},
  connections: {type: 'string'},
  scale: {type: 'string'},
  sections: {type: 'string'},
  words: {type: 'string'},
  seed: {type: 'string'},
  'publish-runs': {type: 'string'},
  'lighthouse-runs': {type: 'string'},
  'compare-runs': {type: 'string'},
  'build-timeout': {type: 'string'},
  out: {type: 'string'},
  help: {type: 'boolean'},
} as const

export const usage = `npm run bench -- [--quick] [--only ${sectionNames.join(',')}] [--duration S] [--connections N]
  [--scale 5x20,50x20] [--sections N] [--words N] [--seed N] [--publish-runs N] [--lighthouse-runs N] [--compare-runs N] [--build-timeout S]
  [--dataset FILE] [--policy SLUG] [--port 3300-3399] [--cold|--warm] [--out docs/benchmarks.md]
Every flag can also be set as BENCH_<NAME> (BENCH_QUICK=1, BENCH_SCALE=5x20, BENCH_PUBLISH_RUNS=10, ...).`

export function parseScale(text: string): {policies: number; revisions: number}[] {
  return text.split(',').map((size) => {
    const match = /^\s*(\d+)\s*x\s*(\d+)\s*$/i.exec(size)
    if (!match || Number(match[1]) < 1 || Number(match[2]) < 1) throw new Error(`--scale: "${size}" is not POLICIESxREVISIONS, e.g. 50x20`)
    return {policies: Number(match[1]), revisions: Number(match[2])}
  })
}

function positive(name: string, text: string): number {
  const value = Number(text)
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name}: "${text}" is not a whole number ≥ 1`)
  return value
}

export function parseOptions(argv: string[], env: Record<string, string | undefined> = process.env): Options | 'help' {
  const {values} = parseArgs({args: argv, options: spec, strict: true})
  if (values.help) return 'help'
  const get = (name: keyof typeof spec): string | boolean | undefined => {
    const flag = values[name]
    if (flag !== undefined) return flag
    const fromEnv = env[`BENCH_${name.toUpperCase().replace(/-/g, '_')}`]
    if (fromEnv === undefined || fromEnv === '') return undefined
    return spec[name].type === 'boolean' ? !['0', 'false', 'no'].includes(fromEnv.toLowerCase()) : fromEnv
  }
  const quick = get('quick') === true
  const text = (name: keyof typeof spec, fallback: string) => (get(name) as string | undefined) ?? fallback
  const number = (name: keyof typeof spec, full: number, short: number) => positive(name, text(name, String(quick ? short : full)))
  const only = text('only', sectionNames.join(',')).split(',').map((s) => s.trim()).filter(Boolean)
  const unknown = only.filter((name) => !sectionNames.includes(name as SectionName))
  if (unknown.length) throw new Error(`--only: unknown section(s) ${unknown.join(', ')}; known: ${sectionNames.join(', ')}`)
  const port = number('port', 3300, 3300)
  if (port < 3300 || port > 3399) throw new Error('--port: the bench serves on 3300-3399 only')
  return {
    quick,
    only: only as SectionName[],
    dataset: text('dataset', env.LOCAL_DATASET || 'sanity/seed/demo.ndjson'),
    policy: text('policy', 'privacy'),
    port,
    cold: get('warm') === true ? false : get('cold') === true ? true : !quick,
    durationS: number('duration', 30, 5),
    connections: number('connections', 100, 100),
    scale: parseScale(text('scale', quick ? '1x10,2x20' : '5x20,50x20')),
    sections: number('sections', 30, 30),
    words: number('words', 80, 80),
    seed: number('seed', 1, 1),
    publishRuns: number('publish-runs', 20, 5),
    lighthouseRuns: number('lighthouse-runs', 3, 1),
    compareRuns: number('compare-runs', 15, 5),
    buildTimeoutS: number('build-timeout', 360, 240),
    out: text('out', 'docs/benchmarks.md'),
  }
}
