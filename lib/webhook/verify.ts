import {decodeSignatureHeader, isValidSignature} from '@sanity/webhook'

export const MAX_AGE_MS = 5 * 60_000

export type Verdict = {ok: true} | {ok: false; reason: string}

/**
 * A delivery is genuine when its HMAC matches the secret, and fresh when signed within the last five minutes
 * (a replayed old delivery is refused even with a valid signature).
 */
export async function verifySignature(body: string, header: string | null, secret: string, now = Date.now()): Promise<Verdict> {
  if (!header) return {ok: false, reason: 'missing signature'}
  let timestamp: number
  try {
    timestamp = decodeSignatureHeader(header).timestamp
  } catch {
    return {ok: false, reason: 'malformed signature'}
  }
  if (!Number.isFinite(timestamp) || Math.abs(now - timestamp) > MAX_AGE_MS) return {ok: false, reason: 'stale signature'}
  try {
    return (await isValidSignature(body, header, secret)) ? {ok: true} : {ok: false, reason: 'invalid signature'}
  } catch {
    return {ok: false, reason: 'invalid signature'}
  }
}
