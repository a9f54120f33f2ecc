// Studio adapters for the policyRevision rules: read the document and the dataset, let the pure rules decide.
import type {CustomValidator, ValidationContext} from 'sanity'
import {almatyToday} from '../../../../lib/revisions/dates'
import {baseId} from '../../../../lib/content/ids'
import {lockedCopyProblem} from '../../revisionLock'
import type {SectionValue} from '../../sectionValue'
import {anchorClashes} from '../anchors'
import {effectiveDateProblem, retroactiveDateWarning} from '../effectiveDate'
import {checkRevisionSequence, siblingRevisions, type SequenceProblem} from '../revisionSequence'
import {summaryProblems} from '../summary'
import {clientFrom} from './fetchShared'
import {publishedCopy, revisionsOfPolicy} from './lookups'

type RevisionDocument = {
  _id: string
  policy?: {_ref?: string}
  version?: number
  effectiveFrom?: string
  summary?: {kk?: string; ru?: string}
  sections?: SectionValue[]
}

const revisionOf = (context: ValidationContext) => context.document as RevisionDocument | undefined

async function sequenceProblems(context: ValidationContext): Promise<SequenceProblem[]> {
  const doc = revisionOf(context)
  const policyId = doc?.policy?._ref
  if (!doc || !policyId) return []
  const all = await revisionsOfPolicy(clientFrom(context), policyId)
  return checkRevisionSequence(doc, siblingRevisions(doc._id, all))
}

/** One rule per field and level, so each message sits beside its field with the right severity. */
export function sequenceRule(field: SequenceProblem['field'], level: SequenceProblem['level']): CustomValidator {
  return async (_value, context) => {
    const messages = (await sequenceProblems(context))
      .filter((problem) => problem.field === field && problem.level === level)
      .map((problem) => problem.message)
    return messages.length ? messages.join('\n') : true
  }
}

/** The format only: `rule.required()` reports an empty date. */
export const effectiveDateRule: CustomValidator<string | undefined> = (value) =>
  value ? (effectiveDateProblem(value) ?? true) : true

export const retroactiveDateRule: CustomValidator<string | undefined> = async (value, context) => {
  const doc = revisionOf(context)
  if (!doc || !value) return true
  const published = await publishedCopy(clientFrom(context), baseId(doc._id))
  return retroactiveDateWarning(doc._id, value, published, almatyToday()) ?? true
}

export const summaryRule: CustomValidator = (_value, context) => {
  const doc = revisionOf(context)
  const problems = doc ? summaryProblems(doc) : []
  return problems.length ? problems.join('\n') : true
}

export const anchorsUniqueRule: CustomValidator<SectionValue[] | undefined> = (sections) => {
  const clashes = anchorClashes(sections)
  return clashes.length ? clashes.map((clash) => ({message: clash.message, path: [{_key: clash.key}, 'anchor']})) : true
}

/** Document rule: blocks publishing (by any route, releases included) a change to a revision in force. */
export const lockedCopyRule: CustomValidator = async (_value, context) => {
  const doc = revisionOf(context)
  if (!doc || baseId(doc._id) === doc._id) return true
  const published = await publishedCopy(clientFrom(context), baseId(doc._id))
  return lockedCopyProblem(doc._id, published, almatyToday()) ?? true
}
