import {locales, type Section} from '@/lib/content/types'
import {longestIncreasing} from './longestIncreasing'
import {TextCache} from './textCache'
import type {SectionMatch} from './types'

export type MatchOptions = {
  /** Whether a matched pair's text differs; by default compared word by word in both languages. */
  isChanged?: (from: Section, to: Section) => boolean
}

/**
 * Pairs the sections of two revisions: by `key` (Sanity's `_key`, stable across revisions) first, then by `anchor`
 * among the rest. Rows follow the newer revision's order; a removed section sits right after the nearest section
 * before it that survived in place (not one that moved away), or first when there is none.
 */
export function matchSections(from: Section[], to: Section[], options: MatchOptions = {}): SectionMatch[] {
  const texts = new TextCache()
  const isChanged = options.isChanged ?? ((a, b) => locales.some((locale) => texts.differs(a, b, locale)))
  const fromOf = pairUp(from, to)
  const matched = [...fromOf.entries()].filter(([, i]) => i !== undefined) as [number, number][]
  const stable = longestIncreasing(matched.map(([, i]) => i))
  const movedFrom = new Set(matched.filter((_, k) => !stable[k]).map(([, i]) => i))

  // Removed sections grouped by the stable survivor they follow (-1: before every section).
  const removedAfter = new Map<number, number[]>()
  let anchor = -1
  const matchedFrom = new Set(matched.map(([, i]) => i))
  from.forEach((_, i) => {
    if (matchedFrom.has(i) && !movedFrom.has(i)) anchor = i
    else if (!matchedFrom.has(i)) append(removedAfter, anchor, i)
  })
  const removedRows = (after: number) =>
    (removedAfter.get(after) ?? []).map((i): SectionMatch => ({...blank, status: 'removed', from: from[i], fromIndex: i}))

  const rows = removedRows(-1)
  to.forEach((section, j) => {
    const i = fromOf.get(j)
    if (i === undefined) {
      rows.push({...blank, status: 'added', to: section, toIndex: j})
      return
    }
    const moved = movedFrom.has(i)
    const changed = isChanged(from[i], section)
    const status = moved ? 'moved' : changed ? 'changed' : 'unchanged'
    const matchedBy = from[i].key === section.key ? 'key' : 'anchor'
    rows.push({status, from: from[i], to: section, fromIndex: i, toIndex: j, matchedBy, moved, changed})
    if (!moved) rows.push(...removedRows(i))
  })
  return rows
}

const blank = {moved: false, changed: false}

function append<K>(lists: Map<K, number[]>, key: K, value: number) {
  const list = lists.get(key)
  if (list) list.push(value)
  else lists.set(key, [value])
}

/** For each index of `to`, the index of the `from` section it continues, if any. */
function pairUp(from: Section[], to: Section[]): Map<number, number | undefined> {
  const fromOf = new Map<number, number | undefined>(to.map((_, j) => [j, undefined]))
  const taken = new Set<number>()
  for (const field of ['key', 'anchor'] as const) {
    // Queues, so that duplicated keys or anchors (imported data) still pair up first with first.
    const queues = new Map<string, number[]>()
    from.forEach((section, i) => {
      const value = section[field]
      if (!taken.has(i) && value) append(queues, value, i)
    })
    to.forEach((section, j) => {
      const i = fromOf.get(j) === undefined ? queues.get(section[field])?.shift() : undefined
      if (i === undefined) return
      fromOf.set(j, i)
      taken.add(i)
    })
  }
  return fromOf
}
