// Section matching and word-level diff for the compare page. Pure TypeScript: no framework imports.
export {blocksToParagraphs, blocksToText} from './blocksToText'
export {compareRevisions} from './compareRevisions'
export {diffParagraphs} from './diffParagraphs'
export {diffText} from './diffText'
export {matchSections, type MatchOptions} from './matchSections'
export type * from './types'
