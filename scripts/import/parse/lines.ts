// One <p> of a plain-text or Markdown source may hold several lines. Lines ending in ";" are list items (legacy
// lists often have no markers); other lines are separate paragraphs when the previous one ends a sentence,
// else a hard-wrapped paragraph continued (but an upper-case line is a line of its own).
import {isUpperCaseLine} from '../headings'

export type LineGroup = {start: number; end: number; item: boolean}

const SENTENCE_END = /[.!?:;…»"”)\]]$/

export function groupLines(lines: string[], joinWrapped: boolean): LineGroup[] {
  const trimmed = lines.map((line) => line.trim())
  const listLines = trimmed.flatMap((line, i) => (line.endsWith(';') ? [i] : []))
  if (listLines.length < 2) return groupProse(trimmed, 0, trimmed.length - 1, joinWrapped)
  const first = listLines[0]
  const last = listLines[listLines.length - 1]
  // The item after the last ";" closes the list ("… үшін; немесе" / "… көмектесу.").
  let end = last
  while (end + 1 < trimmed.length && !/[.!?]$/.test(trimmed[end])) end++
  const items = range(first, end).map((i) => ({start: i, end: i, item: true}))
  return [
    ...groupProse(trimmed, 0, first - 1, joinWrapped),
    ...items,
    ...groupProse(trimmed, end + 1, trimmed.length - 1, joinWrapped),
  ]
}

function groupProse(lines: string[], from: number, to: number, joinWrapped: boolean): LineGroup[] {
  const groups: LineGroup[] = []
  for (let i = from; i <= to; i++) {
    if (!lines[i]) continue
    const current = groups[groups.length - 1]
    // An upper-case line (a title, a heading) is not wrapped into the mixed-case line after it.
    const heading = isUpperCaseLine(lines[i - 1] ?? '') && !isUpperCaseLine(lines[i])
    const continues = joinWrapped && current && current.end === i - 1 && !SENTENCE_END.test(lines[i - 1]) && !heading
    if (continues) current.end = i
    else groups.push({start: i, end: i, item: false})
  }
  return groups
}

function range(from: number, to: number): number[] {
  return Array.from({length: to - from + 1}, (_, i) => from + i)
}
