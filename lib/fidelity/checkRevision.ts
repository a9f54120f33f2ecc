import type {Revision} from '@/lib/content/types'
import {checkSection} from './checkSection'
import {checkSummary} from './checkSummary'
import type {Finding, FindingContext} from './types'

/** The summary, then every section in order. `context` adds what a Revision does not carry (the policy's slug). */
export function checkRevision(revision: Revision, context: Partial<FindingContext> = {}): Finding[] {
  const where: FindingContext = {revisionId: revision.id, policyId: revision.policyId, version: revision.version, ...context}
  return [...checkSummary(revision.summary, where), ...revision.sections.flatMap((section) => checkSection(section, where))]
}
