// The extractors run one after another over the same text; each masks what it consumed so that a number inside a
// date, a phone or a clause reference is not counted again as a plain number.
import type {Fact} from '../types'

export type Hit = Fact & {start: number; end: number}

/** Never occurs in policy text, is neither a letter, a digit nor a space: masked text stops every pattern. */
export const MASK = '\u0001'

/** JavaScript's \b only knows ASCII; these are word edges for Cyrillic and Latin alike. */
export const WORD_START = '(?<![\\p{L}\\p{N}_])'
export const WORD_END = '(?![\\p{L}\\p{N}_])'

export type Extractor = (text: string) => Hit[]

export function maskHits(text: string, hits: readonly Pick<Hit, 'start' | 'end'>[]): string {
  const chars = text.split('')
  for (const {start, end} of hits) for (let i = start; i < end; i++) chars[i] = MASK
  return chars.join('')
}

/**
 * Runs a global regex and maps each match to hits (none to skip a match and leave it unmasked). The regex is reused
 * (compiling these Unicode patterns is the costly part), so it must carry the g flag; scanning is synchronous.
 */
export function scan(text: string, re: RegExp, toHits: (match: RegExpExecArray) => Hit[] | Hit | undefined): Hit[] {
  if (!re.global) throw new Error(`scan needs a global regex: ${re}`)
  const hits: Hit[] = []
  re.lastIndex = 0
  for (let match = re.exec(text); match; match = re.exec(text)) {
    if (match[0] === '') {
      re.lastIndex++
      continue
    }
    const found = toHits(match)
    if (found) hits.push(...(Array.isArray(found) ? found : [found]))
  }
  return hits
}

/** A hit covering the whole match. */
export function whole(match: RegExpExecArray, kind: Hit['kind'], value: string, own?: boolean): Hit {
  const hit: Hit = {kind, value, raw: match[0].trim(), start: match.index, end: match.index + match[0].length}
  if (own) hit.own = true
  return hit
}
