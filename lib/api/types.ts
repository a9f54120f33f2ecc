// The apps' JSON, version 1. A contract with app developers, published as JSON Schema in public/schemas/ and explained
// in the README (For app developers): add optional fields freely, never rename or remove one without a schemaVersion 2.
import type {Locale, RevisionStatus} from '@/lib/content/types'

export const SCHEMA_VERSION = 1

/** A missing language is `null`: the site never invents a translation. */
export type LocalizedText = {kk: string | null; ru: string | null}

/** Absolute URLs of the bilingual page and of the zero-JS app view, in each language. */
export type LocalizedLinks = {kk: {page: string; app: string}; ru: {page: string; app: string}}

export type RevisionRef = {
  version: number
  /** `YYYY-MM-DD`, a calendar day in Asia/Almaty: in force from 00:00 Almaty time that day. */
  effectiveFrom: string
  /** sha256 (hex) of the text in both languages. */
  hash: string
  /** sha256 (hex) of each language's text: what an app stores for the language its user read. */
  hashes: {kk: string; ru: string}
  /** A material change: ask the user to accept the policy again. */
  requiresConsent: boolean
  /** Pinned to this version: the text behind these URLs never changes. */
  urls: LocalizedLinks
}

export type RevisionItem = RevisionRef & {
  status: RevisionStatus
  /** Last day in force, once a later revision replaced it. */
  inForceUntil: string | null
  /** Replaced on its own effective date by a higher version: never in force. */
  shadowed: boolean
  /** What changed, in each language (null for the first version). */
  summary: LocalizedText
}

export type PolicyCore = {
  slug: string
  titles: LocalizedText
  /** Always the current revision (they move when a new one takes effect). */
  urls: LocalizedLinks
  /** This policy's JSON. */
  api: string
  current: RevisionRef | null
  upcoming: RevisionRef | null
  /** The version to compare a user's accepted version with: re-ask consent when theirs is lower. */
  lastConsentVersion: number | null
  /** The language whose text prevails when the two differ; `null` when both texts have equal force. */
  prevailingLanguage: Locale | null
}

export type PolicyPayload = {$schema: string; schemaVersion: typeof SCHEMA_VERSION} & PolicyCore & {
  /** Every revision, newest version first. */
  revisions: RevisionItem[]
}

export type PolicyListPayload = {$schema: string; schemaVersion: typeof SCHEMA_VERSION; policies: PolicyCore[]}
