// Places paragraphs into sections, one language at a time: a section per top-level clause ("4." with 4.1,
// 4.2.3 … inside), or per part or article when the text has them ("II.", "Глава 2", "Статья 5", "5-бап", with
// their clauses numbered inside), per unnumbered heading, and an "intro" for what precedes them. Sources that
// interleave the languages (a table of two columns, alternating lines or chunks) are handled by keeping one
// cursor per language.
//
// Numbering defects never stop the import: a repeated, missing or out-of-order number is reported (file and
// line) and the paragraph goes where it most likely belongs. A sub-clause whose number names another section
// than the one it stands in, while the next clause goes on with this one ("3.1, 2.3, 3.4"), is a typo and stays;
// a section number given twice, whose clauses carry the next number ("2. …" then 3.1, 3.2), is read as that.
import type {Locale} from '@/lib/content/types'
import {parseClause, isOpenEnded, type Clause, type Rank} from './clauses'
import {numberedItem, splitHeading} from './clause-split'
import {isHeadingLike, isUpperCaseLine, looksLikeHeadingText} from './headings'
import type {Para} from './types'
import {where} from './where'

export type SectionClause = {number: string; line: number; where: string}

export type LangSection = {
  /** `intro`, `n:<number>` (`n:<number>~<k>` for a number given again), or `u:<ordinal of the unnumbered heading>`. */
  id: string
  /** The section's own number, for `n:` sections. */
  number?: string
  heading?: string
  paras: Para[]
  clauses: SectionClause[]
  file: string
  line: number
  place?: string
}

type Numbered = {para: Para; clause: Clause}

type State = {
  locale: Locale
  sections: Map<string, LangSection>
  current?: LangSection
  /** Last item number of a numbered list running inside a clause ("1. … 2. …" after "3.2. … :"). */
  list?: number
  lastBody?: Para
  /** Another language's paragraph came after this language's last one: a cut paragraph may continue now. */
  interrupted: boolean
  /** Section numbers seen, and the id of the latest section with each number. */
  sectionsSeen: Map<string, {para: Para; id: string}>
  /** Clause numbers seen: by number, or by section and number where clauses restart in each part or article. */
  clausesSeen: Map<string, Para>
  unnumbered: number
  /** Whether this language has clean numbered headings at all; only then is "N. Heading Sentence…" split. */
  splitsHeadings: boolean
  /** What makes a section in this language: its parts, else its articles, else its top-level clauses. */
  rank: Rank
  /** This language's numbered paragraphs in order, for looking ahead. */
  numbered: Numbered[]
  at: number
  warnings: string[]
}

const RANKS: Rank[] = ['part', 'article', 'clause']

export function buildSections(paras: Para[]): {sections: Partial<Record<Locale, LangSection[]>>; warnings: string[]} {
  const states = new Map<Locale, State>()
  const warnings: string[] = []
  for (const para of paras) {
    const locale = para.lang!
    for (const other of states.values()) if (other.locale !== locale) other.interrupted = true
    let state = states.get(locale)
    if (!state) states.set(locale, (state = newState(locale, paras, warnings)))
    place(state, para)
  }
  return {sections: Object.fromEntries([...states].map(([locale, state]) => [locale, [...state.sections.values()]])), warnings}
}

function newState(locale: Locale, paras: Para[], warnings: string[]): State {
  const own = paras.filter((para) => para.lang === locale)
  const numbered = own.flatMap((para) => {
    const clause = para.kind === 'item' ? undefined : parseClause(para.text)
    return clause ? [{para, clause}] : []
  })
  const rank = RANKS.find((r) => numbered.some((n) => n.clause.rank === r)) ?? 'clause'
  const splitsHeadings = numbered.some(({para, clause}) => isSectionStart(clause, rank) && isHeadingText(para.text.slice(clause.restOffset)))
  return {locale, sections: new Map(), interrupted: false, sectionsSeen: new Map(), clausesSeen: new Map(), unnumbered: 0, splitsHeadings, rank, numbered, at: -1, warnings}
}

function isSectionStart(clause: Clause, rank: Rank): boolean {
  return clause.rank === rank && (rank !== 'clause' || clause.parts.length === 1)
}

function place(state: State, para: Para): void {
  if (continues(state, para)) {
    const last = state.lastBody!
    last.html = `${last.html} ${para.html}`
    last.text = `${last.text} ${para.text}`
    state.interrupted = false
    return
  }
  state.interrupted = false
  const clause = para.kind === 'item' ? undefined : parseClause(para.text)
  if (clause) state.at = state.numbered.findIndex((n) => n.para === para)
  if (clause && isSectionStart(clause, state.rank)) return sectionStart(state, para, clause)
  if (clause) return subClause(state, para, clause)
  if (isHeadingLike(para)) {
    state.current = section(state, `u:${state.unnumbered++}`, para)
    state.current.heading = para.text
    state.lastBody = undefined
    return
  }
  append(state, para)
}

function continues(state: State, para: Para): boolean {
  const last = state.lastBody
  const label = /^[\p{L}\s-]{1,30}:/u.test(para.text)
  // Table cells are whole: a cell never continues another one.
  const cells = Boolean(para.cell && last?.cell)
  return Boolean(state.interrupted && last && !cells && isOpenEnded(last.text) && para.kind === 'para' && !label && !parseClause(para.text) && !isHeadingLike(para))
}

function sectionStart(state: State, para: Para, clause: Clause): void {
  let number = clause.number
  const rest = para.text.slice(clause.restOffset)
  const heading = para.kind === 'heading' || isHeadingText(rest)
  if (state.rank === 'clause') {
    const n = clause.parts[0]
    // Inside a running list only an unmistakable heading ends it ("2. Цели обработки", not "2. адрес почты.").
    const clearHeading = para.kind === 'heading' || (heading && /^\p{Lu}/u.test(rest) && !/[.;]$/.test(rest))
    const listGoesOn = state.list !== undefined && n === state.list + 1 && !clearHeading
    // A "1." that is no clear heading starts a list when clause 1 exists, or under an unnumbered heading, or
    // when it reads like an item ("1. имя пользователя;").
    const listStarts = n === 1 && !clearHeading && (state.sectionsSeen.has('1') || state.current?.id.startsWith('u:') || /^\p{Ll}|[;,]$/u.test(rest))
    if (listGoesOn || listStarts) {
      append(state, numberedItem(para))
      state.list = n
      return
    }
  }
  let id = `n:${number}`
  const first = state.sectionsSeen.get(number)
  if (first) {
    const next = state.numbered[state.at + 1]?.clause
    const nextTop = next && next.rank === 'clause' && next.parts.length > 1 ? next.parts[0] : undefined
    if (state.rank === 'clause' && nextTop !== undefined && String(nextTop) !== number && !state.sectionsSeen.has(String(nextTop))) {
      state.warnings.push(`${where(para)}: section ${number} appears twice in the ${state.locale} text (first on ${firstPlace(first.para, para)}); its clauses are numbered ${nextTop}.…, so it is read as section ${nextTop}`)
      number = String(nextTop)
      id = `n:${number}`
    } else {
      id = unusedId(state, `n:${number}`)
      state.warnings.push(`${where(para)}: section ${number} appears twice in the ${state.locale} text (first on ${firstPlace(first.para, para)}); kept as a section of its own`)
    }
  }
  state.sectionsSeen.set(number, {para, id})
  const target = section(state, id, para, number)
  target.clauses.push({number, line: para.line, where: where(para)})
  state.current = target
  state.lastBody = undefined
  const split = splitHeading(para, heading, state.splitsHeadings)
  target.heading ??= split.heading
  if (split.body) append(state, split.body)
}

function subClause(state: State, para: Para, clause: Clause): void {
  let target = state.current
  if (state.rank === 'clause') target = clauseTarget(state, para, clause)
  target ??= section(state, 'intro', para)
  const scope = state.rank === 'clause' ? clause.number : `${target.id}/${clause.number}`
  const first = state.clausesSeen.get(scope)
  if (first) state.warnings.push(`${where(para)}: clause ${clause.number} appears twice in the ${state.locale} text (first on ${firstPlace(first, para)}); both kept`)
  else state.clausesSeen.set(scope, para)
  const previous = target.clauses.at(-1)
  if (!first && previous && target.clauses.length > 1 && compareNumbers(previous.number, clause.number) > 0) {
    state.warnings.push(`${where(para)}: ${state.locale} clause ${clause.number} comes after ${previous.number}: out of order, kept where it stands`)
  }
  target.clauses.push({number: clause.number, line: para.line, where: where(para)})
  state.current = target
  append(state, para)
}

/** The section of a sub-clause "T.x" when sections are top-level clauses. */
function clauseTarget(state: State, para: Para, clause: Clause): LangSection {
  const top = String(clause.parts[0])
  const current = state.current
  const currentTop = current?.number
  if (!current || currentTop === undefined || currentTop === top) {
    return current && currentTop === top ? current : section(state, state.sectionsSeen.get(top)?.id ?? `n:${top}`, para, top)
  }
  const next = state.numbered[state.at + 1]?.clause
  // A typo when the next clause goes on with this section, or is a heading: of the very section this number
  // names (its clause cannot come first), or of another one while this number is not the next section's
  // ("1.2, 3.3, 2." — but "1.2, 2.1, 3." is section 2 without a heading line).
  const nextTop = next && String(next.parts[0])
  const nextIsHeading = next?.rank === 'clause' && next.parts.length === 1
  const typo = Boolean(next) && (nextTop === currentTop || (nextIsHeading && (nextTop === top || Number(top) !== Number(currentTop) + 1)))
  if (typo) {
    state.warnings.push(`${where(para)}: ${state.locale} clause ${clause.number} stands among the clauses of section ${currentTop}: out of order, kept in section ${currentTop}`)
    return current
  }
  const seen = state.sectionsSeen.get(top)
  if (seen || state.sections.has(`n:${top}`)) {
    state.warnings.push(`${where(para)}: ${state.locale} clause ${clause.number} comes after section ${currentTop} began: out of order, placed in section ${top} by its number`)
  }
  return section(state, seen?.id ?? `n:${top}`, para, top)
}

function compareNumbers(a: string, b: string): number {
  const [x, y] = [a.split('.').map(Number), b.split('.').map(Number)]
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? -1) - (y[i] ?? -1)
    if (d) return d
  }
  return 0
}

function firstPlace(first: Para, para: Para): string {
  if (first.file !== para.file) return where(first)
  return first.place ?? `line ${first.line}`
}

function unusedId(state: State, id: string): string {
  let candidate = id
  for (let k = 2; state.sections.has(candidate); k++) candidate = `${id}~${k}`
  return candidate
}

function isHeadingText(rest: string): boolean {
  return looksLikeHeadingText(rest) || (isUpperCaseLine(rest) && rest.length <= 200)
}

function section(state: State, id: string, para: Para, number?: string): LangSection {
  let found = state.sections.get(id)
  if (!found) state.sections.set(id, (found = {id, number, paras: [], clauses: [], file: para.file, line: para.line, place: para.place}))
  return found
}

function append(state: State, para: Para): void {
  state.current ??= section(state, 'intro', para)
  state.current.paras.push(para)
  state.lastBody = para
  if (!(para.kind === 'item' && para.list === 'number' && state.list !== undefined)) state.list = undefined
}
