import {diffArrays} from 'diff'
import {alignParagraphs} from './alignParagraphs'
import {diffTokens, writeSegments} from './diffTokens'
import {segmentTokens} from './segments'
import {PARAGRAPH_BREAK, tokenize, type Token} from './tokenize'
import type {DiffParagraph} from './types'
import {createPartWriter, type PartWriter} from './writer'

/**
 * Diffs two bodies paragraph-aligned. Whole paragraphs are matched first, so an untouched paragraph is never
 * split by coincidental word matches with its neighbours, and the word diff only runs over the stretches that
 * changed: this keeps long sections fast (the word diff grows with length × edits). Inside a stretch the
 * paragraphs are diffed together, joined by a break token, so an edited, split or merged paragraph still shows
 * word by word instead of as a whole paragraph deleted and another inserted. A moved paragraph shows as deleted
 * and inserted. Paragraph breaks themselves are whitespace: splitting or joining paragraphs is no change.
 */
export function diffParagraphs(a: string[], b: string[]): DiffParagraph[] {
  const tokenized = (paragraphs: string[]) => paragraphs.map(tokenize).filter((tokens) => tokens.length > 0)
  return diffTokenParagraphs(tokenized(a), tokenized(b))
}

/** `diffParagraphs` over paragraphs already tokenized (none of them empty). */
export function diffTokenParagraphs(aTokens: Token[][], bTokens: Token[][]): DiffParagraph[] {
  // Hundreds of paragraphs with no two alike: skip the alignment and treat the body as one changed stretch.
  const changes = diffArrays(aTokens.map(paragraphKey), bTokens.map(paragraphKey), {maxEditLength: 100}) ?? [
    {value: [], count: aTokens.length, removed: true, added: false},
    {value: [], count: bTokens.length, removed: false, added: true},
  ]
  const writer = createPartWriter()
  let i = 0
  let j = 0
  for (let c = 0; c < changes.length; c++) {
    const change = changes[c]
    if (!change.added && !change.removed) {
      for (const tokens of bTokens.slice(j, j + change.count)) sameParagraph(writer, tokens)
      i += change.count
      j += change.count
      continue
    }
    // A changed stretch: every removed and added paragraph up to the next common one.
    const removed: Token[][] = []
    const added: Token[][] = []
    for (; c < changes.length && (changes[c].added || changes[c].removed); c++) {
      if (changes[c].removed) removed.push(...aTokens.slice(i, (i += changes[c].count)))
      else added.push(...bTokens.slice(j, (j += changes[c].count)))
    }
    c--
    diffStretch(writer, removed, added)
  }
  return writer.paragraphs()
}

function diffStretch(writer: PartWriter, removed: Token[][], added: Token[][]) {
  const [a, b] = [joined(removed), joined(added)]
  const segments = segmentTokens(a, b)
  writer.breakParagraph()
  if (segments || removed.length === 0 || added.length === 0) return writeSegments(writer, a, b, segments)
  // Too many edits to diff the stretch at once: pair up its paragraphs and diff (or replace) each pair alone.
  for (const pair of alignParagraphs(removed, added)) {
    writer.breakParagraph()
    diffTokens(writer, pair.a === undefined ? [] : removed[pair.a], pair.b === undefined ? [] : added[pair.b])
  }
}

function sameParagraph(writer: PartWriter, tokens: Token[]) {
  writer.breakParagraph()
  for (const token of tokens) writer.push('same', token.lead + token.text)
}

const paragraphKey = (tokens: Token[]) => tokens.map((token) => token.key).join(' ')

const joined = (paragraphs: Token[][]) => paragraphs.flatMap((tokens, i) => (i ? [PARAGRAPH_BREAK, ...tokens] : tokens))
