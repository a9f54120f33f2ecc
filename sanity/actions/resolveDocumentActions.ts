// Document actions per type: revisions get guarded built-ins plus "Create next revision"; policies get the
// latter too. Site settings actions are handled by the singletons plugin.
import type {DocumentActionsResolver} from 'sanity'
import {CreateNextRevisionAction} from './CreateNextRevisionAction'
import {guardRevisionAction} from './guardRevisionAction'

export const resolveDocumentActions: DocumentActionsResolver = (previous, context) => {
  if (context.schemaType === 'policyRevision') return [...previous.map(guardRevisionAction), CreateNextRevisionAction]
  if (context.schemaType === 'policy') return [...previous, CreateNextRevisionAction]
  return previous
}
