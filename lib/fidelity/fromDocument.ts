// Reshapes raw `policySection` objects (as stored in Sanity or in an NDJSON export) into the domain Section, so
// Studio validation can check a section straight from the document being edited.
import type {Localized, PortableTextBlock, Section} from '@/lib/content/types'

type Raw = Record<string, unknown>

export function sectionFromDocument(raw: unknown, index = 0): Section {
  const value: Raw = isObject(raw) ? raw : {}
  const key = typeof value._key === 'string' && value._key ? value._key : `#${index + 1}`
  return {key, anchor: anchorOf(value.anchor) ?? key, heading: localized<string>(value.heading), body: localized<PortableTextBlock[]>(value.body)}
}

// An anchor may be stored as a plain string or as a Sanity slug object.
function anchorOf(anchor: unknown): string | undefined {
  if (typeof anchor === 'string' && anchor.trim()) return anchor.trim()
  if (isObject(anchor) && typeof anchor.current === 'string' && anchor.current.trim()) return anchor.current.trim()
  return undefined
}

function localized<T>(value: unknown): Localized<T> {
  if (!isObject(value)) return {}
  return {kk: value.kk as T | undefined, ru: value.ru as T | undefined}
}

export function isObject(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
