// "Create next revision": copies the policy's latest published revision into a new draft (version + 1, sections
// with their keys, no date, no summary, consent not asked) and opens it. Offered on policies and revisions.
import {useEffect, useState} from 'react'
import {useClient, type DocumentActionComponent} from 'sanity'
import {useRouter} from 'sanity/router'
import {apiVersion} from '../env'
import {baseId} from '../../lib/content/ids'
import {revisionsOfPolicyNow} from '../lib/validation/studio/lookups'
import {buildNextRevision, planNextRevision, type RevisionStub} from './nextRevision'

export const CreateNextRevisionAction: DocumentActionComponent = (props) => {
  const client = useClient({apiVersion})
  const {navigateIntent} = useRouter()
  const [revisions, setRevisions] = useState<RevisionStub[] | undefined>()
  const [error, setError] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)
  const doc = (props.draft ?? props.published) as {policy?: {_ref?: string}} | null
  const policyId = props.type === 'policy' ? props.id : doc?.policy?._ref

  useEffect(() => {
    if (!policyId) return
    let live = true
    revisionsOfPolicyNow(client, policyId)
      .then((rows) => live && setRevisions(rows))
      .catch((reason: Error) => live && setError(reason.message))
    return () => {
      live = false
    }
  }, [client, policyId, props.published?._rev, props.draft?._rev])

  if (!policyId) return null
  const plan = revisions ? planNextRevision(revisions) : undefined
  const open = (id: string) => navigateIntent('edit', {id, type: 'policyRevision'})

  if (plan && !plan.ok) {
    return {
      label: plan.openId ? 'Open next revision draft' : 'Create next revision',
      title: plan.reason,
      disabled: !plan.openId,
      onHandle: plan.openId ? () => open(plan.openId!) : undefined,
    }
  }
  return {
    label: plan ? `Create next revision (v${plan.version})` : 'Create next revision',
    title: error ?? 'Copy the latest published revision into a new draft',
    disabled: !plan || busy,
    onHandle: async () => {
      if (!plan) return
      setBusy(true)
      try {
        const source = await client.getDocument(plan.sourceId)
        if (!source) throw new Error(`Revision ${plan.sourceId} was not found`)
        const draft = buildNextRevision(source, crypto.randomUUID(), plan.version)
        await client.create(draft as {_id: string; _type: string})
        // Until the list is fetched again, count the new draft so a second click cannot make another one.
        setRevisions((rows) => [...(rows ?? []), {_id: draft._id as string, version: plan.version}])
        open(baseId(draft._id as string))
      } catch (reason) {
        setError(`Could not create the next revision: ${(reason as Error).message}`)
      } finally {
        setBusy(false)
      }
    },
  }
}
CreateNextRevisionAction.displayName = 'CreateNextRevisionAction'
