// The shape of a policySection as the Studio stores it, and its plain-text reading. Pure: no Studio imports.
import type {Locale, Localized} from '../../lib/content/types'
// What counts as text is the fidelity checker's rule: a non-blank string, or a text block with a non-blank span.
import {hasText} from '../../lib/fidelity/portableText'

export type SectionValue = {
  _key?: string
  anchor?: string
  heading?: Localized<string>
  body?: Localized<unknown[]>
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The text of Portable Text blocks, one line per block (span text only). */
export function blocksText(blocks: unknown): string {
  if (!Array.isArray(blocks)) return ''
  return blocks
    .map((block) => (isRecord(block) && Array.isArray(block.children) ? block.children : []))
    .map((children) => children.map((span) => (isRecord(span) && typeof span.text === 'string' ? span.text : '')).join(''))
    .join('\n')
}

export function headingIn(section: SectionValue, locale: Locale): boolean {
  return hasText(section.heading?.[locale])
}

export function bodyIn(section: SectionValue, locale: Locale): boolean {
  return hasText(section.body?.[locale])
}
