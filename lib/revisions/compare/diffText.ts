import {diffTokens} from './diffTokens'
import {tokenize, type Token} from './tokenize'
import type {DiffPart} from './types'
import {createPartWriter} from './writer'

/**
 * Word-level diff of two plain texts (a heading, a paragraph). Words, clause numbers, e-mails and URLs are single
 * tokens, each punctuation mark is its own token, and whitespace never counts as a change.
 */
export function diffText(a: string, b: string): DiffPart[] {
  return diffTokenText(tokenize(a), tokenize(b))
}

/** `diffText` over texts already tokenized. */
export function diffTokenText(a: Token[], b: Token[]): DiffPart[] {
  const writer = createPartWriter()
  diffTokens(writer, a, b)
  return writer.paragraphs().flat()
}
