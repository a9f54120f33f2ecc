// The compare page's own benchmark (scripts/bench/compare.ts), run as it is and quoted in the report.
import {execFile} from 'node:child_process'
import {promisify} from 'node:util'
import type {SectionReport} from './markdown'

const run = promisify(execFile)

export async function compareSection(runs: number): Promise<SectionReport> {
  const {stdout} = await run('npx', ['tsx', 'scripts/bench/compare.ts', String(runs)], {timeout: 600_000, maxBuffer: 16 * 1024 * 1024})
  return {
    title: 'Compare (diff and render)',
    body: [`Output of \`npx tsx scripts/bench/compare.ts ${runs}\` (no goal set):`, '', '```', stdout.trimEnd(), '```'].join('\n'),
    goals: [],
  }
}
