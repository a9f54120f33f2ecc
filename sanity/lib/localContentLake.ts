// The Studio's clients, pointed at the local Content Lake when the site runs one (no Sanity project configured):
// the Studio page learns its loopback origin from /api/content-lake before the Studio starts, and every client the
// Studio makes (auth, documents, listeners, history) then talks to it with plain paths (`useProjectHostname:
// false`), which every browser reaches, instead of `<projectId>.api.sanity.io`. Browser-safe: the Studio bundles it.
import {createClient, type ClientConfig, type SanityClient} from '@sanity/client'

let localApiHost: string | undefined

export function pointStudioAtLocalContentLake(apiHost: string): void {
  localApiHost = apiHost
}

export function studioClientFactory(config: ClientConfig): SanityClient {
  return createClient(localApiHost ? {...config, apiHost: localApiHost, useProjectHostname: false} : config)
}
