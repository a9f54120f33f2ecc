// Studio adapters for one policySection and the text inside it.
import type {CustomValidator, ValidationContext} from 'sanity'
import {baseId} from '../../../../lib/content/ids'
import type {SectionValue} from '../../sectionValue'
import {anchorProblem} from '../anchors'
import {sectionFidelityWarnings} from '../fidelity'
import {sectionLanguageFinding} from '../languages'
import {hrefProblem} from '../links'
import {portableTextProblems} from '../portableText'
import {clientFrom} from './fetchShared'
import {requireBothLanguages} from './lookups'

export const anchorRule: CustomValidator<string | undefined> = (value) => anchorProblem(value) ?? true

/**
 * The missing-language finding at one level: registered twice (as an error and as a warning), because Sanity
 * fixes a rule's level when the schema is built while site settings decide it at run time.
 */
export function sectionLanguageRule(level: 'error' | 'warning'): CustomValidator<SectionValue | undefined> {
  return async (section, context) => {
    if (!section) return true
    const strict = await requireBothLanguages(clientFrom(context))
    const finding = sectionLanguageFinding(section, strict)
    return finding && finding.level === level ? finding.message : true
  }
}

export const sectionFidelityRule: CustomValidator<SectionValue | undefined> = (section, context: ValidationContext) => {
  if (!section) return true
  const doc = context.document as {_id: string; policy?: {_ref?: string}; version?: number} | undefined
  const warnings = sectionFidelityWarnings(section, {
    revisionId: doc ? baseId(doc._id) : '',
    policyId: doc?.policy?._ref,
    version: doc?.version,
  })
  return warnings.length ? warnings.join('\n') : true
}

export const hrefRule: CustomValidator<string | undefined> = (href) => hrefProblem(href) ?? true

export const portableTextRule: CustomValidator<unknown[] | undefined> = (blocks) => {
  const problems = portableTextProblems(blocks)
  return problems.length ? problems.map(({key, message}) => ({message, path: [typeof key === 'number' ? key : {_key: key}]})) : true
}
