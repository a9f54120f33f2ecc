// Puts lib/http/guard.ts in front of every request Next's Node server receives (next start, the standalone
// server.js, next dev), from instrumentation.ts: Next offers no hook before its router, and the requests screened
// here are the ones its router mishandles before proxy.ts could see them.
import {Server, type IncomingMessage, type ServerResponse} from 'node:http'
import {screen} from './guard'

const INSTALLED = Symbol.for('policies.requestGuard')
const EXEMPT = Symbol.for('policies.requestGuard.exempt')

/** A server of our own that speaks another API (the local Content Lake) is left alone. */
export function exemptFromRequestGuard<S extends Server>(server: S): S {
  ;(server as unknown as Record<symbol, boolean>)[EXEMPT] = true
  return server
}

/** Answers `request` if it must not reach Next; else normalizes its target to a path. True when answered. */
export function guardRequest(request: IncomingMessage, response: ServerResponse): boolean {
  const verdict = screen(request.method, request.url)
  if (verdict.pass) {
    request.url = verdict.url
    return false
  }
  const {status, headers, body} = verdict.answer
  response.writeHead(status, {...headers, 'Content-Length': String(Buffer.byteLength(body))})
  response.end(request.method === 'HEAD' ? undefined : body)
  return true
}

export function installRequestGuard(): void {
  const proto = Server.prototype as unknown as Record<symbol, boolean> & {emit: Server['emit']}
  if (proto[INSTALLED]) return
  proto[INSTALLED] = true
  const emit = proto.emit as (this: Server, event: string | symbol, ...args: unknown[]) => boolean
  proto.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request' && !(this as unknown as Record<symbol, boolean>)[EXEMPT]) {
      if (guardRequest(args[0] as IncomingMessage, args[1] as ServerResponse)) return true
    }
    return emit.call(this, event, ...args)
  } as Server['emit']
}
