// "New revision" from a policy's list: the policy is set and the version is the next free number.
import type {InitialValueResolver, Template} from 'sanity'
import {nextVersionNumber} from './actions/nextRevision'
import {apiVersion} from './env'
import {revisionsOfPolicyNow} from './lib/validation/studio/lookups'

export const revisionOfPolicyTemplateId = 'policyRevision-of-policy'

type Params = {policyId?: string}

const revisionOfPolicy: InitialValueResolver<Params, Record<string, unknown>> = async (params, {getClient}) => {
  const policyId = params?.policyId
  if (!policyId) return {requiresConsent: false}
  const revisions = await revisionsOfPolicyNow(getClient({apiVersion}), policyId)
  return {
    policy: {_type: 'reference', _ref: policyId},
    version: nextVersionNumber(revisions),
    requiresConsent: false,
  }
}

export const revisionOfPolicyTemplate: Template<Params> = {
  id: revisionOfPolicyTemplateId,
  title: 'Revision of this policy',
  schemaType: 'policyRevision',
  parameters: [{name: 'policyId', type: 'string'}],
  value: revisionOfPolicy,
}
