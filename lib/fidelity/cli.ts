// The logic of scripts/check-content.ts, kept here so it can be tested without spawning a process.
import {DatasetNotFoundError, readDataset} from '@/lib/content/dataset'
import {checkDataset} from './checkDataset'
import {formatReport} from './format'
import type {Finding} from './types'

export const DEFAULT_DATASET = 'sanity/seed/demo.ndjson'

export type CliIo = {out: (line: string) => void; err: (line: string) => void}

const usage = `Usage: check:content [dataset.ndjson] [--strict] [--drafts] [--json]
  dataset    NDJSON export to check (default: $LOCAL_DATASET, else ${DEFAULT_DATASET})
  --strict   exit 1 when kk and ru differ, or a language is missing while siteSettings.requireBothLanguages is set
  --drafts   also check drafts.* and versions.* documents
  --json     print {findings, revisions, sections} as JSON instead of the report`

/** Exit codes: 0 checked (findings are only printed), 1 failing findings with --strict, 2 bad usage or unreadable dataset. */
export function runCheckContent(argv: readonly string[], env: Record<string, string | undefined>, io: CliIo): number {
  const flags = new Set(argv.filter((a) => a.startsWith('--')))
  const paths = argv.filter((a) => !a.startsWith('--'))
  if (flags.has('--help')) {
    io.out(usage)
    return 0
  }
  const unknown = [...flags].filter((f) => !['--strict', '--drafts', '--json'].includes(f))
  if (unknown.length > 0 || paths.length > 1) {
    io.err(`check:content: unexpected ${unknown.length ? `option ${unknown.join(', ')}` : `argument ${paths[1]}`}\n${usage}`)
    return 2
  }
  const path = paths[0] ?? (env.LOCAL_DATASET || DEFAULT_DATASET)

  let dataset: ReturnType<typeof readDataset>
  try {
    dataset = readDataset(path)
  } catch (error) {
    const reason = error instanceof DatasetNotFoundError ? error.message : `Cannot read dataset ${path}: ${(error as Error).message}`
    io.err(`check:content: ${reason}`)
    return 2
  }
  for (const problem of dataset.problems) io.err(`check:content: warning: ${path}: ${problem.message}`)
  if (dataset.documents.length === 0 && dataset.problems.length > 0) {
    io.err(`check:content: ${path} holds no readable document (is it an NDJSON export?)`)
    return 2
  }

  const result = checkDataset(dataset.documents, {includeDrafts: flags.has('--drafts')})
  if (flags.has('--json')) io.out(JSON.stringify(result, null, 2))
  else for (const line of formatReport(result.findings, result)) io.out(line)
  return flags.has('--strict') && result.findings.some((f) => fails(f, result.requireBothLanguages)) ? 1 : 0
}

// A policy published in one language is allowed (DESIGN: the site says so); it fails only where the site
// requires both languages. A difference between the two columns always fails.
function fails(finding: Finding, requireBothLanguages: boolean): boolean {
  return finding.kind !== 'missingLanguage' || requireBothLanguages
}
