import {diffArrays} from 'diff'
import type {Token} from './tokenize'

/**
 * Token ranges `[a0, a1)` of the older text and `[b0, b1)` of the newer one. A `same` segment has equal ranges;
 * a change segment replaces its `a` range (possibly empty) with its `b` range (possibly empty).
 * Same and change segments alternate.
 */
export type Segment = {same: boolean; a0: number; a1: number; b0: number; b1: number}

// How many inserted + deleted tokens a word diff may have. Past half of all tokens a text was rewritten, not
// edited, and one "all of this became all of that" reads better than a scatter of coincidental matches.
// The hard cap bounds the time: Myers' diff (jsdiff) costs about d² steps, ~4 ms at d = 200.
const REWRITE_SHARE = 0.5
const MAX_EDITS = 200

/** The diff of two token lists, or `undefined` when they differ too much to be worth diffing word by word. */
export function segmentTokens(a: Token[], b: Token[]): Segment[] | undefined {
  if (a.length === 0 || b.length === 0) return a.length || b.length ? [replacement(a, b, 0, 0)] : []
  const maxEdits = Math.min(MAX_EDITS, Math.ceil((a.length + b.length) * REWRITE_SHARE) + 2)
  if (minimumEdits(a, b) > maxEdits) return undefined
  const changes = diffArrays(
    a.map((t) => t.key),
    b.map((t) => t.key),
    {maxEditLength: maxEdits},
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

/**
 * A lower bound of the edits between two token lists, in linear time: tokens that occur more often on one side
 * must be inserted or deleted whatever the order. Lets a rewritten text skip the diff instead of failing it slowly.
 */
function minimumEdits(a: Token[], b: Token[]): number {
  const counts = new Map<string, number>()
  for (const token of a) counts.set(token.key, (counts.get(token.key) ?? 0) + 1)
  let common = 0
  for (const token of b) {
    const left = counts.get(token.key)
    if (!left) continue
    common++
    counts.set(token.key, left - 1)
  }
  return a.length + b.length - 2 * common
}

function pushed(segments: Segment[], segment: Segment): Segment {
  segments.push(segment)
  return segment
}
