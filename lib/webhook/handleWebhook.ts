import {SIGNATURE_HEADER_NAME} from '@sanity/webhook'
import {tagsForDocument} from '@/lib/content/tags'
import {verifySignature} from './verify'

export const MAX_BODY_BYTES = 1024 * 1024

type Deps = {secret: string | undefined; revalidate: (tags: string[]) => void; seen?: RecentKeys; now?: () => number}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  Response.json(body, {status, headers: {'Cache-Control': 'no-store', ...headers}})

export const NOT_CONFIGURED = 'webhook not configured: SANITY_REVALIDATE_SECRET is not set on this server, so no delivery can be verified'

let toldOnce = false

/**
 * No secret: nothing can be verified, whoever sends. The server is not broken, this service is unavailable (503),
 * and the log says so once, not once per request a client can send.
 */
function notConfigured(): Response {
  if (!toldOnce) {
    toldOnce = true
    console.warn(`[webhook] ${NOT_CONFIGURED}; answering 503 to every delivery`)
  }
  return json(503, {error: NOT_CONFIGURED})
}

/** Idempotency keys of recent deliveries: Sanity retries, and a retry must not revalidate twice. */
export class RecentKeys {
  private keys = new Map<string, number>()
  constructor(private readonly ttlMs = 10 * 60_000, private readonly max = 5000) {}
  seenBefore(key: string, now: number): boolean {
    // Oldest first: drop what expired (or overflows) and stop at the first live key.
    for (const [k, at] of this.keys) {
      if (now - at <= this.ttlMs && this.keys.size <= this.max) break
      this.keys.delete(k)
    }
    if (this.keys.has(key)) return true
    this.keys.set(key, now)
    return false
  }
}

async function readLimited(request: Request): Promise<string | undefined> {
  const declared = Number(request.headers.get('content-length') ?? 0)
  if (declared > MAX_BODY_BYTES) return undefined
  const reader = request.body?.getReader()
  if (!reader) return ''
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const {done, value} = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > MAX_BODY_BYTES) {
      await reader.cancel()
      return undefined
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * Sanity's webhook: verify, then revalidate exactly the cache tags the changed document touches, and say which.
 * Nothing is revalidated unless the delivery is genuine, fresh, well-formed and new.
 */
export async function handleWebhook(request: Request, {secret, revalidate, seen, now = Date.now}: Deps): Promise<Response> {
  if (request.method !== 'POST') return json(405, {error: 'method not allowed'}, {Allow: 'POST'})
  if (!secret) return notConfigured()
  const type = request.headers.get('content-type')
  if (type && !/^application\/json\b/i.test(type)) return json(415, {error: 'content type must be application/json'})
  const body = await readLimited(request)
  if (body === undefined) return json(413, {error: `body larger than ${MAX_BODY_BYTES} bytes`})
  const verdict = await verifySignature(body, request.headers.get(SIGNATURE_HEADER_NAME), secret, now())
  if (!verdict.ok) return json(401, {error: verdict.reason})
  let doc: unknown
  try {
    doc = JSON.parse(body)
  } catch {
    return json(400, {error: 'body is not JSON'})
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return json(400, {error: 'body is not a JSON object'})
  const tags = tagsForDocument(doc as Record<string, unknown>)
  if (!tags.length) return json(400, {error: 'no _type this site renders (siteSettings, policy, policyRevision)'})
  const key = request.headers.get('idempotency-key')
  if (key && seen?.seenBefore(key, now())) return json(200, {revalidated: [], duplicate: true})
  revalidate(tags)
  return json(200, {revalidated: tags})
}
