// Who may talk to the local Content Lake: loopback clients only, always. The socket's address decides (never a
// header a client can write), and the Host and Origin headers must name loopback too, so a web page open in the
// editor's browser cannot reach it through DNS rebinding or a cross-site request.
import type {IncomingMessage} from 'node:http'

export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false
  const v4 = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address
  return v4 === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4)
}

export function isLoopbackHostname(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/^\[|\]$/g, '')
  return name === 'localhost' || name.endsWith('.localhost') || name === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name)
}

function hostnameOf(value: string, withScheme: boolean): string | undefined {
  try {
    return new URL(withScheme ? value : `http://${value}`).hostname
  } catch {
    return undefined
  }
}

/** Why a request is refused, or undefined when it may go on. */
export function refusal(request: Pick<IncomingMessage, 'headers' | 'socket'>): string | undefined {
  if (!isLoopbackAddress(request.socket.remoteAddress)) return 'the local Content Lake answers loopback clients only'
  const host = request.headers.host
  const hostname = host ? hostnameOf(host, false) : undefined
  if (!hostname || !isLoopbackHostname(hostname)) return 'Host must be a loopback name (localhost, 127.0.0.1, [::1])'
  const origin = request.headers.origin
  if (origin !== undefined) {
    const originHost = hostnameOf(origin, true)
    if (!originHost || !isLoopbackHostname(originHost)) return 'Origin must be a loopback origin'
  }
  return undefined
}
