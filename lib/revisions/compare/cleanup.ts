import type {Segment} from './segments'
import type {Token} from './tokenize'

/**
 * Folds a short run of common words that sits between two changes into one larger change, the way
 * diff-match-patch's semantic cleanup does: "оператор и администратор" → "владелец и пользователь" reads as one
 * rewritten phrase, not as two edits around a shared "и". A common run survives when it is longer than the change
 * on either side of it, and a paragraph break always survives (paragraphs stay aligned).
 */
export function foldShortEqualities(segments: Segment[], a: Token[], b: Token[], breakKey: string): Segment[] {
  const result = [...segments]
  let i = 1
  while (i < result.length - 1) {
    const [before, same, after] = [result[i - 1], result[i], result[i + 1]]
    if (!same.same || before.same || after.same || hasKey(b, same.b0, same.b1, breakKey)) {
      i++
      continue
    }
    const length = chars(b, same.b0, same.b1)
    if (length > changeSize(before, a, b) || length > changeSize(after, a, b)) {
      i++
      continue
    }
    result.splice(i - 1, 3, {same: false, a0: before.a0, a1: after.a1, b0: before.b0, b1: after.b1})
    // The merged change is bigger now: the common run before it may have become foldable too.
    i = Math.max(1, i - 2)
  }
  return result
}

const changeSize = (s: Segment, a: Token[], b: Token[]) => Math.max(chars(a, s.a0, s.a1), chars(b, s.b0, s.b1))

function chars(tokens: Token[], from: number, to: number): number {
  let total = 0
  for (let i = from; i < to; i++) total += tokens[i].text.length
  return total
}

function hasKey(tokens: Token[], from: number, to: number, key: string): boolean {
  for (let i = from; i < to; i++) if (tokens[i].key === key) return true
  return false
}
