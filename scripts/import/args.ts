// Command-line arguments of the importer → ImportOptions (plus where to write).
import {basename, extname} from 'node:path'
import {parseArgs} from 'node:util'
import {slugify} from '@/lib/content/slug'
import type {ImportOptions} from './types'

export const USAGE = `usage: npm run import -- FILE... [--policy SLUG] [--version N] [--effective YYYY-MM-DD] [--out dataset.ndjson]
       [--title-kk TEXT] [--title-ru TEXT] [--summary-kk TEXT] [--summary-ru TEXT] [--order N] [--requires-consent]
Reads a policy (Word .docx, HTML, Markdown or plain text; UTF-8, UTF-16, windows-1251 or KZ-1048; Kazakh and/or
Russian, in one file or several) and writes the policy and its revision as NDJSON for \`sanity dataset import\`
(to stdout without --out). The report goes to stderr.`

/** Bad arguments; an empty message means --help. */
export class UsageError extends Error {}

export type CliArgs = {files: string[]; out?: string; options: ImportOptions}

export function parseCliArgs(argv: string[]): CliArgs {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        policy: {type: 'string'}, version: {type: 'string'}, effective: {type: 'string'}, out: {type: 'string'},
        'title-kk': {type: 'string'}, 'title-ru': {type: 'string'}, 'summary-kk': {type: 'string'}, 'summary-ru': {type: 'string'},
        order: {type: 'string'}, 'requires-consent': {type: 'boolean'}, help: {type: 'boolean', short: 'h'},
      },
    })
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  const {values, positionals} = parsed
  if (values.help) throw new UsageError('')
  if (!positionals.length) throw new UsageError('no input file given')
  const options: ImportOptions = {
    slug: values.policy ?? (slugify(basename(positionals[0], extname(positionals[0])), 60) || 'policy'),
    version: values.version === undefined ? 1 : integer('--version', values.version),
    effectiveFrom: values.effective,
    title: pair(values['title-kk'], values['title-ru']),
    summary: pair(values['summary-kk'], values['summary-ru']),
    order: values.order === undefined ? undefined : integer('--order', values.order),
    requiresConsent: values['requires-consent'] ?? false,
  }
  return {files: positionals, out: values.out, options}
}

function integer(flag: string, value: string): number {
  if (!/^-?\d+$/.test(value)) throw new UsageError(`${flag} expects a whole number, got "${value}"`)
  return Number(value)
}

function pair(kk: string | undefined, ru: string | undefined) {
  return kk || ru ? {...(kk ? {kk} : {}), ...(ru ? {ru} : {})} : undefined
}
