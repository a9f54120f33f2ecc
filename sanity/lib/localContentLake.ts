// The Studio's clients, pointed at the local Content Lake when the site runs one (no Sanity project configured):
// the Studio page learns its loopback origins from /api/content-lake before the Studio starts, and every client the
// Studio makes (auth, documents, listeners, history) then talks to it with plain paths (`useProjectHostname:
// false`), which every browser reaches, instead of `<projectId>.api.sanity.io`. Browser-safe: the Studio bundles it.
//
// Listeners: a browser keeps at most six HTTP/1.1 connections to one origin, and the Studio holds a dozen listeners
// (server-sent events) open at once, so on one origin the seventh request would wait forever. Each listener opens on
// the least busy of the lake's listener origins (lib/content-lake/start.ts) instead, at most PER_ORIGIN on each.
import {createClient, type ClientConfig, type SanityClient} from '@sanity/client'

export type LocalContentLake = {apiHost: string; listenerHosts?: string[]}

const PER_ORIGIN = 5
let lake: LocalContentLake | undefined
const openListeners = new Map<string, number>()

export function pointStudioAtLocalContentLake(where: LocalContentLake): void {
  lake = where
  openListeners.clear()
  for (const host of where.listenerHosts ?? []) openListeners.set(host, 0)
}

/** The origin a new listener should use: the least busy listener origin with room, else the main one. */
export function listenerOrigin(): string | undefined {
  let best: [string, number] | undefined
  for (const entry of openListeners) if (entry[1] < PER_ORIGIN && (!best || entry[1] < best[1])) best = entry
  return best?.[0]
}

/** `fetch` for the Studio's clients: listeners move to a listener origin for as long as they stay open. */
export function lakeFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const url = new URL(input instanceof Request ? input.url : String(input))
  const origin = url.pathname.includes('/data/listen/') ? listenerOrigin() : undefined
  if (!origin || input instanceof Request) return globalThis.fetch(input, init)
  const moved = new URL(url.pathname + url.search, origin)
  openListeners.set(origin, (openListeners.get(origin) ?? 0) + 1)
  let closed = false
  const close = () => {
    if (closed) return
    closed = true
    openListeners.set(origin, Math.max(0, (openListeners.get(origin) ?? 1) - 1))
  }
  init?.signal?.addEventListener('abort', close, {once: true})
  return globalThis.fetch(moved, init).then(
    (response) => {
      if (!response.body) {
        close()
        return response
      }
      // Counted until the stream ends (server closed it) or is aborted (the listener was unsubscribed).
      const counted = response.body.pipeThrough(new TransformStream({flush: close}))
      return new Response(counted, {status: response.status, statusText: response.statusText, headers: response.headers})
    },
    (error: unknown) => {
      close()
      throw error
    },
  )
}

const resolveFetch = () => lakeFetch

export function studioClientFactory(config: ClientConfig): SanityClient {
  return createClient(lake ? {...config, apiHost: lake.apiHost, useProjectHostname: false, resolveFetch} : config)
}
