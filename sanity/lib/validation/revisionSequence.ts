// Versions of one policy: unique, and increasing with the effective date, one revision per date.
// The Studio rule fetches the sibling revisions; everything it decides is here, given those siblings.
import {isIsoDay} from '../../../lib/revisions/dates'
import {baseId} from '../../../lib/content/ids'

export type RevisionPoint = {_id: string; version?: number; effectiveFrom?: string}

export type SequenceProblem = {
  field: 'version' | 'effectiveFrom'
  level: 'error' | 'warning'
  code: 'version-taken' | 'date-taken' | 'out-of-order' | 'version-gap'
  message: string
}

const isVersion = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 1

/**
 * One entry per revision: a pending draft stands for its revision (it is what will be published next), and the
 * candidate's own published, draft and release copies are left out.
 */
export function siblingRevisions(candidateId: string, documents: RevisionPoint[]): RevisionPoint[] {
  const own = baseId(candidateId)
  const byRevision = new Map<string, RevisionPoint>()
  for (const doc of documents) {
    const id = baseId(doc._id)
    if (id === own || doc._id.startsWith('versions.')) continue
    if (!byRevision.has(id) || doc._id.startsWith('drafts.')) byRevision.set(id, doc)
  }
  return [...byRevision.values()]
}

export function checkRevisionSequence(candidate: RevisionPoint, siblings: RevisionPoint[]): SequenceProblem[] {
  const problems: SequenceProblem[] = []
  const {version, effectiveFrom} = candidate
  const dated = isIsoDay(effectiveFrom)
  for (const other of siblings) {
    const otherDated = isIsoDay(other.effectiveFrom)
    if (isVersion(version) && other.version === version) {
      problems.push({
        field: 'version',
        level: 'error',
        code: 'version-taken',
        message: `Version ${version} already exists for this policy${otherDated ? ` (in force from ${other.effectiveFrom})` : ''}`,
      })
    }
    if (dated && otherDated && other.effectiveFrom === effectiveFrom) {
      problems.push({
        field: 'effectiveFrom',
        level: 'error',
        code: 'date-taken',
        message: `Version ${other.version ?? '?'} already takes effect on ${effectiveFrom}: a policy has one revision per day`,
      })
    }
    if (isVersion(version) && isVersion(other.version) && dated && otherDated && other.version !== version) {
      const older = other.version < version
      const wrong = older ? other.effectiveFrom! > effectiveFrom! : other.effectiveFrom! < effectiveFrom!
      if (wrong) {
        problems.push({
          field: 'effectiveFrom',
          level: 'error',
          code: 'out-of-order',
          message: `Version ${other.version} takes effect on ${other.effectiveFrom}, ${older ? 'after' : 'before'} this version ${version}: later versions must take effect later`,
        })
      }
    }
  }
  if (isVersion(version) && version > 1 && !siblings.some((s) => s.version === version - 1)) {
    problems.push({
      field: 'version',
      level: 'warning',
      code: 'version-gap',
      message: `There is no version ${version - 1} of this policy: readers will see a gap in the history`,
    })
  }
  return problems
}
