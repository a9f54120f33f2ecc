// The importer's core: legacy policy files in, `policy` + `policyRevision` documents and a report out.
// No process spawning and no file writing here, so the CLI, the seed script and the tests share it.
//
// Stages: read (sniff the format; text is decoded, a Word file converted to HTML) → parse into paragraph units
// → read the layout (table header rows and number cells, language labels, "kk / ru" lines) → the language of
// every unit from its letters → trim → title → sections per language → rows aligned by clause number →
// documents. A numbering defect is a warning, never a stop: the import fails only when a file holds nothing
// usable (empty, unreadable, no Kazakh or Russian text).
import {readFileSync} from 'node:fs'
import {locales, type Locale, type Localized} from '@/lib/content/types'
import type {SanityDocument} from '@/lib/content/dataset'
import {almatyToday, isIsoDay} from '@/lib/revisions/dates'
import {alignSections} from './align'
import {splitBilingual} from './bilingual'
import {decodeInput} from './decode'
import {readDocx} from './docx/read'
import {policyDocument, revisionDocument} from './documents'
import {effectiveDates} from './effective-date'
import {ImportError} from './errors'
import {readLabels} from './labels'
import {assignParaLanguages} from './language'
import {parseSource, parseWordHtml} from './parse'
import {clauseReports, rowsToSections, unmatchedWarnings} from './rows'
import {buildSections} from './sections'
import {sniff} from './sniff'
import {isSlug} from '@/lib/content/slug'
import {readTables} from './tables'
import {trimTrailingTeasers} from './teasers'
import {extractTitles} from './title'
import {dropTableOfContents} from './toc'
import type {Dropped, ImportInput, ImportOptions, ImportReport, Para} from './types'
import {where} from './where'
import {summaryProblems} from '@/lib/revisions/summary'

export type {ImportInput, ImportOptions, ImportReport} from './types'
export {ImportError} from './errors'
export {formatReport} from './report'
export {toNdjson, writeFileAtomic} from './ndjson'

const DEFAULT_TITLE: Record<Locale, string> = {kk: 'Құпиялылық саясаты', ru: 'Политика конфиденциальности'}

/** A file read into what the parsers take: text (HTML, Markdown, plain) or a Word file's HTML. */
export type Source = {name: string; encoding: string} & ({format: 'text'; text: string} | {format: 'docx'; html: string})

type Result = {documents: SanityDocument[]; report: ImportReport}

/** Any input, Word files included (mammoth reads them asynchronously). */
export async function importInputs(inputs: ImportInput[], options: ImportOptions): Promise<Result> {
  checkOptions(options)
  const sources: Source[] = []
  for (const input of inputs) {
    const sniffed = sniff(input.name, input.bytes)
    if (sniffed.format === 'docx') sources.push({name: input.name, encoding: 'docx', format: 'docx', html: (await readDocx(input.name, sniffed.parts)).html})
    else sources.push(textSource(input))
  }
  return importSources(sources, options)
}

/** Text inputs (HTML, Markdown, plain text), synchronously: what the seed script and most tests use. */
export function importPolicy(inputs: ImportInput[], options: ImportOptions): Result {
  checkOptions(options)
  return importSources(inputs.map((input) => {
    if (sniff(input.name, input.bytes).format === 'docx') throw new ImportError(input.name, 'a Word file: read it with importInputs or importFiles')
    return textSource(input)
  }), options)
}

/** Reads the files, then imports them; an unreadable path is an ImportError naming it. */
export async function importFiles(paths: string[], options: ImportOptions): Promise<Result> {
  const inputs = paths.map((path) => {
    try {
      return {name: path, bytes: new Uint8Array(readFileSync(path))}
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      throw new ImportError(path, code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'this is a directory' : `cannot read the file (${code ?? (error as Error).message})`)
    }
  })
  return importInputs(inputs, options)
}

function textSource(input: ImportInput): Source {
  const {text, encoding} = decodeInput(input.name, input.bytes)
  return {name: input.name, encoding, format: 'text', text}
}

export function importSources(sources: Source[], options: ImportOptions): Result {
  const version = options.version ?? 1
  checkOptions(options)
  if (!sources.length) throw new ImportError('(no input)', 'give at least one file to import')
  const warnings: string[] = []
  const dropped: Dropped[] = []
  const files: ImportReport['files'] = []
  const paras: Para[] = []
  for (const source of sources) {
    files.push({name: source.name, encoding: source.encoding})
    const parsed = source.format === 'docx' ? parseWordHtml(source.name, source.html) : parseSource(source.name, source.text)
    dropped.push(...parsed.dropped)
    const units = splitBilingual(readLabels(readTables(parsed.paras, dropped)))
    warnings.push(...assignParaLanguages(units))
    if (!units.some((para) => para.lang)) {
      throw new ImportError(source.name, 'no Kazakh or Russian text found (the importer reads Cyrillic policies)')
    }
    const trimmed = trimTrailingTeasers(units)
    dropped.push(...trimmed.dropped)
    paras.push(...trimmed.paras.filter((para) => para.lang))
  }
  const titled = extractTitles(paras)
  const contents = dropTableOfContents(titled.paras)
  dropped.push(...contents.dropped)
  const built = buildSections(contents.paras)
  const aligned = alignSections(built.sections)
  const rows = aligned.rows
  if (!rows.length) throw new ImportError(sources[0].name, 'no policy text found')
  const {sections, reports} = rowsToSections(rows, warnings)
  const languages = locales.filter((locale) => reports.some((report) => report.chars[locale] > 0))
  warnings.unshift(...built.warnings, ...aligned.warnings, ...unmatchedWarnings(rows, languages))
  for (const locale of locales) {
    if (!languages.includes(locale)) warnings.push(`missing language: no ${locale} text; the site will show "not yet translated"`)
  }
  // The summary (given on the command line) is owed in every language the text is in, as the Studio requires.
  for (const problem of summaryProblems({version: options.version ?? 1, summary: options.summary, languages})) warnings.push(`summary: ${problem} (--summary-kk / --summary-ru)`)
  const title = pickTitle(titled.title, options.title, languages, warnings)
  const effective = pickEffectiveDate(options, contents.paras, warnings)
  if (dropped.length) warnings.push(`dropped text: ${dropped.length} paragraph(s) judged not part of the policy (listed above)`)
  const documents = [
    policyDocument(options.slug, title, options.order),
    revisionDocument({slug: options.slug, version, effectiveFrom: effective.date, summary: options.summary, requiresConsent: options.requiresConsent ?? false, sections}),
  ]
  const report: ImportReport = {
    files,
    slug: options.slug,
    version,
    effectiveFrom: effective.date,
    effectiveSource: effective.source,
    ...(effective.line ? {effectiveLine: effective.line} : {}),
    languages,
    title,
    sections: reports,
    clauses: clauseReports(rows),
    dropped,
    warnings,
  }
  return {documents, report}
}

function checkOptions(options: ImportOptions): void {
  const version = options.version ?? 1
  if (!isSlug(options.slug)) throw new ImportError('--policy', `"${options.slug}" is not a slug (lower-case latin letters, digits and "-")`)
  if (!Number.isInteger(version) || version < 1) throw new ImportError('--version', `"${version}" is not an integer ≥ 1`)
  if (options.effectiveFrom !== undefined && !isIsoDay(options.effectiveFrom)) {
    throw new ImportError('--effective', `"${options.effectiveFrom}" is not a calendar day written YYYY-MM-DD`)
  }
  if (version >= 2 && !options.summary?.kk && !options.summary?.ru) {
    throw new ImportError('--version', 'a revision from version 2 on needs a summary of what changed (--summary-kk / --summary-ru)')
  }
}

function pickTitle(found: Localized<string>, given: Localized<string> | undefined, languages: Locale[], warnings: string[]): Localized<string> {
  const title: Localized<string> = {}
  for (const locale of locales) {
    const value = given?.[locale] ?? found[locale]
    if (value) title[locale] = value
    else if (languages.includes(locale)) {
      title[locale] = DEFAULT_TITLE[locale]
      warnings.push(`no ${locale} title line found; using "${DEFAULT_TITLE[locale]}"`)
    }
  }
  return title
}

function pickEffectiveDate(options: ImportOptions, paras: Para[], warnings: string[]): {date: string; source: ImportReport['effectiveSource']; line?: string} {
  if (options.effectiveFrom) return {date: options.effectiveFrom, source: 'option'}
  const [found, ...others] = effectiveDates(paras)
  if (found) {
    for (const other of others) {
      if (other.date !== found.date) {
        warnings.push(`${where(other.para)}: the ${other.para.lang} text gives ${other.date} as its date, the ${found.para.lang} text ${found.date} (${where(found.para)}); using ${found.date}`)
      }
    }
    return {date: found.date, source: `text, ${where(found.para)}`, line: found.para.text}
  }
  const today = almatyToday(options.now)
  warnings.push(`no effective date in the text and no --effective: using today in Asia/Almaty (${today})`)
  return {date: today, source: 'today'}
}
