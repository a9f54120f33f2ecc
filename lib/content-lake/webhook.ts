// Publish → live by the production path: every change to a published document of the site's types is delivered
// to the site's own /api/revalidate as Sanity's webhook would deliver it (the README's filter and projection,
// evaluated by groq-js with before() and after(), signed with the webhook secret, one delivery per document).
import {encodeSignatureHeader, SIGNATURE_HEADER_NAME} from '@sanity/webhook'
import {evaluate, parse} from 'groq-js'
import {isPublishedId} from '../content/ids'
import type {Change, Transaction} from './store'

export const WEBHOOK_FILTER = '_type in ["policy", "policyRevision", "siteSettings"]'
export const WEBHOOK_PROJECTION = '{_id, _type, policy, "policyIds": [before().policy._ref, after().policy._ref]}'

export async function webhookBody(change: Change): Promise<string | undefined> {
  const doc = change.after ?? change.before
  if (!doc || !isPublishedId(change.id)) return undefined
  const filter = await (await evaluate(parse(WEBHOOK_FILTER, {mode: 'delta'}), {root: doc, before: change.before, after: change.after})).get()
  if (filter !== true) return undefined
  const body = await (await evaluate(parse(WEBHOOK_PROJECTION, {mode: 'delta'}), {root: doc, before: change.before, after: change.after})).get()
  return JSON.stringify(body)
}

export type Delivery = {url: string; secret: string; fetch?: typeof fetch; log?: (line: string) => void}

export async function deliver(transaction: Transaction, {url, secret, fetch: send = fetch, log = console.warn}: Delivery): Promise<void> {
  for (const change of transaction.changes) {
    const body = await webhookBody(change)
    if (!body) continue
    const operation = !change.before ? 'create' : !change.after ? 'delete' : 'update'
    for (let attempt = 1; attempt <= 3; attempt++) {
      try {
        const response = await send(url, {
          method: 'POST',
          body,
          headers: {
            'content-type': 'application/json',
            [SIGNATURE_HEADER_NAME]: await encodeSignatureHeader(body, Date.now(), secret),
            'idempotency-key': `${transaction.id}-${change.id}`,
            'sanity-transaction-id': transaction.id,
            'sanity-document-id': change.id,
            'sanity-operation': operation,
          },
        })
        if (!response.ok) log(`[content-lake] webhook for ${change.id}: ${response.status}`)
        if (response.status < 500) break // delivered, or refused for a reason a retry will not change
      } catch (error) {
        log(`[content-lake] webhook for ${change.id} failed (attempt ${attempt}): ${(error as Error).message}`)
      }
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt))
    }
  }
}
