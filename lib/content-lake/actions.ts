// `/data/actions`, the Actions API Studio 6 sends its edits and document operations through. Each action is
// carried out on the same staging copy as mutations, so a request is one transaction, all or nothing.
// Release (`version.*` on `versions.` ids) and variant actions are not implemented: releases are off here.
import {baseId, draftId as draftOf} from '../content/ids'
import {LakeError} from './errors'
import {applyMutations} from './mutations'
import {Staging} from './staging'
import type {Doc} from './store'

type Action = {actionType?: string; [field: string]: unknown}

const str = (action: Action, field: string): string => {
  const value = action[field]
  if (typeof value !== 'string' || !value) throw LakeError.badRequest(`${action.actionType}: "${field}" is required`)
  return value
}

function withoutSystemFields(doc: Doc): Omit<Doc, '_rev'> {
  const {_rev: _ignored, ...rest} = doc
  return rest
}

function checkRevision(doc: Doc | null, expected: unknown, id: string): void {
  if (typeof expected === 'string' && doc?._rev !== expected) {
    throw LakeError.mutation(`Document "${id}" has unexpected revision ID ("${doc?._rev}"), expected "${expected}"`, id, 'conflictError')
  }
}

async function carryOut(staging: Staging, action: Action): Promise<void> {
  switch (action.actionType) {
    case 'sanity.action.document.create': {
      const publishedId = str(action, 'publishedId')
      const attributes = (action.attributes ?? {}) as Partial<Doc>
      const id = typeof attributes._id === 'string' && attributes._id ? attributes._id : draftOf(publishedId)
      if (staging.get(id)) {
        if (action.ifExists === 'ignore') return
        throw LakeError.mutation(`Document by ID "${id}" already exists`, id, 'documentAlreadyExistsError')
      }
      await applyMutations(staging, [{create: {...attributes, _id: id}}])
      return
    }
    case 'sanity.action.document.edit': {
      // The draft is made from the published document when there is none yet.
      const draftId = str(action, 'draftId')
      const publishedId = str(action, 'publishedId')
      if (!staging.get(draftId)) {
        const published = staging.get(publishedId)
        if (!published) throw LakeError.mutation(`Cannot edit "${publishedId}": it has no draft and is not published`, publishedId, 'documentNotFoundError')
        staging.set(draftId, {...withoutSystemFields(published), _id: draftId} as Doc)
      }
      await applyMutations(staging, [{patch: {...(action.patch as object), id: draftId}}])
      return
    }
    case 'sanity.action.document.publish': {
      const draftId = str(action, 'draftId')
      const publishedId = str(action, 'publishedId')
      const draft = staging.get(draftId)
      if (!draft) throw LakeError.mutation(`Cannot publish "${publishedId}": there is no draft "${draftId}"`, draftId, 'documentNotFoundError')
      checkRevision(draft, action.ifDraftRevisionId, draftId)
      checkRevision(staging.get(publishedId), action.ifPublishedRevisionId, publishedId)
      staging.set(publishedId, {...withoutSystemFields(draft), _id: publishedId} as Doc)
      staging.set(draftId, null)
      return
    }
    case 'sanity.action.document.unpublish': {
      const draftId = str(action, 'draftId')
      const publishedId = str(action, 'publishedId')
      const published = staging.get(publishedId)
      if (!published) throw LakeError.mutation(`Cannot unpublish "${publishedId}": it is not published`, publishedId, 'documentNotFoundError')
      if (!staging.get(draftId)) staging.set(draftId, {...withoutSystemFields(published), _id: draftId} as Doc)
      staging.set(publishedId, null)
      return
    }
    case 'sanity.action.document.discard':
    case 'sanity.action.document.version.discard': {
      const id = action.actionType === 'sanity.action.document.discard' ? str(action, 'draftId') : str(action, 'versionId')
      if (baseId(id) === id) throw LakeError.badRequest(`${action.actionType}: "${id}" is not a draft`)
      if (!staging.get(id)) throw LakeError.mutation(`Cannot discard "${id}": it does not exist`, id, 'documentNotFoundError')
      staging.set(id, null)
      return
    }
    case 'sanity.action.document.delete': {
      const publishedId = str(action, 'publishedId')
      const drafts = Array.isArray(action.includeDrafts) ? action.includeDrafts.filter((id): id is string => typeof id === 'string') : []
      for (const id of [publishedId, ...drafts]) staging.set(id, null)
      return
    }
    case 'sanity.action.document.replaceDraft': {
      const publishedId = str(action, 'publishedId')
      const attributes = (action.attributes ?? {}) as Partial<Doc>
      const id = typeof attributes._id === 'string' && attributes._id ? attributes._id : draftOf(publishedId)
      await applyMutations(staging, [{createOrReplace: {...attributes, _id: id}}])
      return
    }
    default:
      throw new LakeError(400, {
        error: {description: `Action "${String(action.actionType)}" is not supported by the local Content Lake (releases and variants are off)`, type: 'actionError'},
      })
  }
}

export async function applyActions(staging: Staging, actions: unknown): Promise<void> {
  const list = Array.isArray(actions) ? actions : [actions]
  for (const action of list) {
    if (!action || typeof action !== 'object') throw LakeError.badRequest('each action must be an object')
    await carryOut(staging, action as Action)
  }
}
