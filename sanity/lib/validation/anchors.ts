// Section anchors are URL fragments (`/kk/privacy#4-2`) that readers bookmark and apps deep-link to.
import {sectionAnchor} from '../../../lib/content/anchors'
import type {SectionValue} from '../sectionValue'

export const ANCHOR_PATTERN = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/
export const ANCHOR_MAX_LENGTH = 64

/** Null when fine. An empty anchor is fine: the section's key stands in for it. */
export function anchorProblem(anchor: unknown): string | null {
  if (anchor === undefined || anchor === null || anchor === '') return null
  if (typeof anchor !== 'string') return 'The anchor must be text'
  if (anchor.length > ANCHOR_MAX_LENGTH) return `Keep the anchor under ${ANCHOR_MAX_LENGTH} characters`
  if (!ANCHOR_PATTERN.test(anchor)) {
    return 'Use lower-case latin letters and digits, joined by "-" or "_" (for example "4-2" or "cookies")'
  }
  return null
}

/** The fragment the site derives (lib/content/anchors): the anchor, else the key, normalised. */
export function effectiveAnchor(section: SectionValue): string {
  return sectionAnchor(section.anchor, section._key)
}

export type AnchorClash = {key: string; anchor: string; message: string}

/** Every section after the first that lands on an anchor already used in this revision. */
export function anchorClashes(sections: SectionValue[] | undefined): AnchorClash[] {
  const firstAt = new Map<string, number>()
  const clashes: AnchorClash[] = []
  ;(sections ?? []).forEach((section, index) => {
    const anchor = effectiveAnchor(section)
    if (!anchor) return
    const first = firstAt.get(anchor)
    if (first === undefined) {
      firstAt.set(anchor, index)
      return
    }
    clashes.push({
      key: section._key ?? String(index),
      anchor,
      message: `Anchor "${anchor}" is already used by section ${first + 1}: anchors must be unique within a revision`,
    })
  })
  return clashes
}
