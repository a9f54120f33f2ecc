import {diffArrays} from 'diff'
import type {Token} from './tokenize'

/**
 * Token ranges `[a0, a1)` of the older text and `[b0, b1)` of the newer one. A `same` segment has equal ranges;
 * a change segment replaces its `a` range (possibly empty) with its `b` range (possibly empty).
 * Same and change segments alternate.
 */
export type Segment = {same: boolean; a0: number; a1: number; b0: number; b1: number}

// Myers' diff costs (n + m) · d. Past this many steps a text is rewritten rather than edited, and one
// "all of this became all of that" replacement reads better than a scatter of coincidental matches.
const STEP_BUDGET = 3_000_000

/** The diff of two token lists, or `undefined` when they differ too much to be worth diffing word by word. */
export function segmentTokens(a: Token[], b: Token[]): Segment[] | undefined {
  if (a.length === 0 || b.length === 0) return a.length || b.length ? [replacement(a, b, 0, 0)] : []
  const total = a.length + b.length
  const changes = diffArrays(
    a.map((t) => t.key),
    b.map((t) => t.key),
    {maxEditLength: Math.max(64, Math.ceil(STEP_BUDGET / total))},
  )
  if (!changes) return undefined
  const segments: Segment[] = []
  let i = 0
  let j = 0
  for (const change of changes) {
    const last = segments.at(-1)
    if (!change.added && !change.removed) {
      segments.push({same: true, a0: i, a1: i + change.count, b0: j, b1: j + change.count})
      i += change.count
      j += change.count
      continue
    }
    const target = last && !last.same ? last : pushed(segments, {same: false, a0: i, a1: i, b0: j, b1: j})
    if (change.removed) target.a1 = i += change.count
    else target.b1 = j += change.count
  }
  return segments
}

/** Everything from `a0` / `b0` on replaced at once. */
export function replacement(a: Token[], b: Token[], a0: number, b0: number): Segment {
  return {same: false, a0, a1: a.length, b0, b1: b.length}
}

function pushed(segments: Segment[], segment: Segment): Segment {
  segments.push(segment)
  return segment
}
