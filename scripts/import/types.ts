// Shapes shared by the importer's stages: parse → language → trim → title → sections → align → documents.
import type {Locale, Localized} from '@/lib/content/types'

export type ImportInput = {
  /** Shown in errors and the report (usually the path given on the command line). */
  name: string
  bytes: Uint8Array
}

export type ImportOptions = {
  /** Lower-case latin URL segment; `policy-<slug>` becomes the policy's `_id`. */
  slug: string
  version?: number
  /** `YYYY-MM-DD`; when absent, a date stated in the text, else today in Almaty (with a warning). */
  effectiveFrom?: string
  title?: Localized<string>
  summary?: Localized<string>
  order?: number
  /** A material change: apps ask their users to accept the policy again. */
  requiresConsent?: boolean
  /** Injected by tests so "today" is fixed. */
  now?: Date
}

/** One paragraph-level unit of the source, before it is placed in a section. */
export type Para = {
  file: string
  line: number
  kind: 'para' | 'heading' | 'item'
  /** Inline HTML (strong, em, a, br …) of the unit, without its block element. */
  html: string
  /** Plain text, whitespace collapsed. */
  text: string
  list?: 'bullet' | 'number'
  level?: number
  /** Every letter sits inside <b>/<strong>: legacy sources mark headings this way. */
  bold: boolean
  lang?: Locale
  /** Word files have no lines: where an editor finds the paragraph instead ("paragraph 12", "table 1, row 5"). */
  place?: string
  /** The table cell the unit sits in (Word and HTML tables); units of one row share table and row. */
  cell?: Cell
  /**
   * The language the layout states for this unit: a label on its line ("RU:"), the other half of a
   * "kk / ru" line, or a header row naming its column's language. Used only when the letters do not decide.
   */
  hint?: {locale: Locale; from: 'label' | 'pair' | 'header'}
}

export type Cell = {
  table: number
  row: number
  column: number
  header: boolean
  /** Columns a merged cell spans (absent for one): such a cell may hold both languages. */
  span?: number
}

export type Dropped = {file: string; line: number; place?: string; text: string; reason: string}

/** One clause and where each language's text of it was found (`file:line`, or a Word file's place). */
export type ClauseReport = {section: string; number: string; from: Partial<Record<Locale, string>>; note?: string}

export type SectionReport = {
  anchor: string
  key: string
  chars: Record<Locale, number>
  clauses: Record<Locale, string[]>
  status: 'ok' | 'kk only' | 'ru only'
}

export type ImportReport = {
  files: {name: string; encoding: string}[]
  slug: string
  version: number
  effectiveFrom: string
  /** `option`, `today`, or `text, <file>:<line>` where the date was found. */
  effectiveSource: string
  /** The line the date was read from, when it came from the text. */
  effectiveLine?: string
  languages: Locale[]
  title: Localized<string>
  sections: SectionReport[]
  clauses: ClauseReport[]
  dropped: Dropped[]
  warnings: string[]
}
