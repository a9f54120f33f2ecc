import {foldShortEqualities} from './cleanup'
import {emitSegments} from './emit'
import {replacement, segmentTokens, type Segment} from './segments'
import {PARAGRAPH_BREAK, type Token} from './tokenize'
import type {PartWriter} from './writer'

/** Diffs two token lists into `writer`: word by word, or as one replacement when they are too different. */
export function diffTokens(writer: PartWriter, a: Token[], b: Token[]): void {
  writeSegments(writer, a, b, segmentTokens(a, b))
}

/** Writes a diff found by `segmentTokens`; `undefined` (too different) becomes one replacement. */
export function writeSegments(writer: PartWriter, a: Token[], b: Token[], segments: Segment[] | undefined): void {
  const found = segments ?? [replacement(a, b, 0, 0)]
  emitSegments(writer, a, b, foldShortEqualities(found, a, b, PARAGRAPH_BREAK.key))
}
