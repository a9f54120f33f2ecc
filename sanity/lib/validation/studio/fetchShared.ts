// Studio validation runs every rule of every section on each keystroke; these look-ups are shared for a few
// seconds so a 60-section revision costs one request, not sixty.
import type {ValidationContext} from 'sanity'
import {apiVersion} from '../../../env'

export type StudioClient = ReturnType<ValidationContext['getClient']>

const TTL_MS = 3000
const cache = new Map<string, {at: number; value: Promise<unknown>}>()

export function clientFrom(context: Pick<ValidationContext, 'getClient'>): StudioClient {
  return context.getClient({apiVersion})
}

/** Raw perspective: drafts and published copies as stored, so rules can tell them apart. */
export function fetchShared<T>(client: StudioClient, query: string, params: Record<string, string>): Promise<T> {
  const {projectId, dataset} = client.config()
  const key = JSON.stringify([projectId, dataset, query, params])
  const hit = cache.get(key)
  if (hit && Date.now() - hit.at < TTL_MS) return hit.value as Promise<T>
  const value = client.fetch<T>(query, params, {perspective: 'raw'})
  cache.set(key, {at: Date.now(), value})
  value.catch(() => cache.delete(key))
  return value
}
