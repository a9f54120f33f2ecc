// The seam for the bilingual fidelity checker (lib/fidelity, `checkSection(section, context) => Finding[]`).
// It is registered from outside (sanity.config.ts) rather than imported here, so the schema does not depend on
// it; its findings are heuristics about translation, so the Studio shows them as warnings, never errors.
import type {Section} from '../../../lib/content/types'
import {sectionFromDocument} from '../../../lib/fidelity/fromDocument'
import type {FindingContext} from '../../../lib/fidelity/types'
import type {SectionValue} from '../sectionValue'

/** lib/fidelity's context: `checkSection` registers as is. */
export type FidelityContext = FindingContext

/** The part of a finding the Studio reads; other fields of the checker's findings are ignored. */
export type FidelityFinding = {message: string; kind?: string}

// The section's own language rule already reports a missing language, at the level site settings ask for.
const REPORTED_ELSEWHERE = new Set(['missingLanguage'])

export type SectionFidelityChecker = (section: Section, context: FidelityContext) => readonly FidelityFinding[]

let checker: SectionFidelityChecker | undefined

/** Call once at Studio start-up, e.g. `registerSectionFidelityChecker(checkSection)`; returns an unregister. */
export function registerSectionFidelityChecker(next: SectionFidelityChecker): () => void {
  checker = next
  return () => {
    if (checker === next) checker = undefined
  }
}

/** Warning messages for one section; none while no checker is registered. A failing checker never blocks editing. */
export function sectionFidelityWarnings(section: SectionValue, context: FidelityContext): string[] {
  if (!checker) return []
  try {
    return checker(sectionFromDocument(section), context)
      .filter((finding) => !finding.kind || !REPORTED_ELSEWHERE.has(finding.kind))
      .map((finding) => finding.message)
      .filter((message) => typeof message === 'string' && message.trim() !== '')
  } catch (error) {
    return [`The translation checker failed on this section: ${(error as Error).message}`]
  }
}
