// `readOnly` for every field of a revision: the published copy of a revision in force shows read-only, so a
// change cannot even be started. (A leftover draft is caught by validation and the guarded Publish action.)
import type {ConditionalPropertyCallback} from 'sanity'
import {almatyToday} from '../../lib/revisions/dates'
import {isLockedDocument} from './revisionLock'

export const readOnlyWhileInForce: ConditionalPropertyCallback = ({document}) =>
  isLockedDocument(document as {_id?: string; effectiveFrom?: unknown} | undefined, almatyToday())
