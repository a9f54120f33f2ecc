// Places paragraphs into sections, one language at a time: a section per top-level clause ("4." with 4.1,
// 4.2.3 … inside), per unnumbered heading, and an "intro" for what precedes them. Sources that interleave the
// languages (a table of two columns, then alternating chunks) are handled by keeping one cursor per language.
import type {Locale} from '@/lib/content/types'
import {parseClause, isOpenEnded, type Clause} from './clauses'
import {ImportError} from './errors'
import {numberedItem, splitHeading} from './clause-split'
import {isHeadingLike, isUpperCaseLine, looksLikeHeadingText} from './headings'
import type {Para} from './types'

export type LangSection = {
  /** `intro`, `n:<top-level number>` or `u:<ordinal of the unnumbered heading>`. */
  id: string
  heading?: string
  paras: Para[]
  clauses: {number: string; line: number}[]
  file: string
  line: number
}

type State = {
  locale: Locale
  sections: Map<string, LangSection>
  current?: LangSection
  /** Last item number of a numbered list running inside a clause ("1. … 2. …" after "3.2. … :"). */
  list?: number
  lastBody?: Para
  /** Another language's paragraph came after this language's last one: a cut paragraph may continue now. */
  interrupted: boolean
  seen: Map<string, Para>
  unnumbered: number
  /** Whether this language has clean numbered headings at all; only then is "N. Heading Sentence…" split. */
  splitsHeadings: boolean
}

export function buildSections(paras: Para[]): Partial<Record<Locale, LangSection[]>> {
  const states = new Map<Locale, State>()
  for (const para of paras) {
    const locale = para.lang!
    for (const other of states.values()) if (other.locale !== locale) other.interrupted = true
    let state = states.get(locale)
    if (!state) states.set(locale, (state = newState(locale, paras)))
    place(state, para)
  }
  return Object.fromEntries([...states].map(([locale, state]) => [locale, [...state.sections.values()]]))
}

function newState(locale: Locale, paras: Para[]): State {
  const splitsHeadings = paras.some((para) => {
    const clause = para.lang === locale && parseClause(para.text)
    return clause && clause.parts.length === 1 && isHeadingText(para.text.slice(clause.restOffset))
  })
  return {locale, sections: new Map(), interrupted: false, seen: new Map(), unnumbered: 0, splitsHeadings}
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
  if (clause && clause.parts.length === 1) return topLevel(state, para, clause)
  if (clause) {
    remember(state, para, clause)
    state.current = section(state, `n:${clause.parts[0]}`, para)
    state.current.clauses.push({number: clause.number, line: para.line})
    return append(state, para)
  }
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
  return Boolean(state.interrupted && last && isOpenEnded(last.text) && para.kind === 'para' && !label && !parseClause(para.text) && !isHeadingLike(para))
}

function topLevel(state: State, para: Para, clause: Clause): void {
  const number = clause.parts[0]
  const rest = para.text.slice(clause.restOffset)
  const heading = para.kind === 'heading' || isHeadingText(rest)
  // Inside a running list only an unmistakable heading ends it ("2. Цели обработки", not "2. адрес почты.").
  const clearHeading = para.kind === 'heading' || (heading && /^\p{Lu}/u.test(rest) && !/[.;]$/.test(rest))
  const listGoesOn = state.list !== undefined && number === state.list + 1 && !clearHeading
  // A "1." that is no clear heading starts a list when clause 1 exists, or under an unnumbered heading, or
  // when it reads like an item ("1. имя пользователя;").
  const listStarts = number === 1 && !clearHeading && (state.seen.has('1') || state.current?.id.startsWith('u:') || /^\p{Ll}|[;,]$/u.test(rest))
  if (listGoesOn || listStarts) {
    append(state, numberedItem(para))
    state.list = number
    return
  }
  remember(state, para, clause)
  const target = section(state, `n:${number}`, para)
  target.clauses.push({number: clause.number, line: para.line})
  state.current = target
  state.lastBody = undefined
  const split = splitHeading(para, heading, state.splitsHeadings)
  target.heading ??= split.heading
  if (split.body) append(state, split.body)
}

function isHeadingText(rest: string): boolean {
  return looksLikeHeadingText(rest) || (isUpperCaseLine(rest) && rest.length <= 200)
}

function remember(state: State, para: Para, clause: Clause): void {
  const first = state.seen.get(clause.number)
  if (first) {
    const where = first.file === para.file ? `line ${first.line}` : `${first.file}:${first.line}`
    throw new ImportError(para.file, `clause ${clause.number} appears twice in the ${state.locale} text (first on ${where})`, para.line)
  }
  state.seen.set(clause.number, para)
}

function section(state: State, id: string, para: Para): LangSection {
  let found = state.sections.get(id)
  if (!found) state.sections.set(id, (found = {id, paras: [], clauses: [], file: para.file, line: para.line}))
  return found
}

function append(state: State, para: Para): void {
  state.current ??= section(state, 'intro', para)
  state.current.paras.push(para)
  state.lastBody = para
  if (!(para.kind === 'item' && para.list === 'number' && state.list !== undefined)) state.list = undefined
}
