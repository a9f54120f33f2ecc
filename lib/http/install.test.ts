// The guard in front of a real node:http server, as instrumentation.ts installs it in front of Next's.
import {createServer, type Server} from 'node:http'
import {connect, type AddressInfo} from 'node:net'
import {afterAll, describe, expect, it} from 'vitest'
import {exemptFromRequestGuard, installRequestGuard} from './install'

/** Sends one raw request line (curl --request-target / --path-as-is) and returns the raw answer. */
function raw(server: Server, requestLine: string): Promise<string> {
  const {port} = server.address() as AddressInfo
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(`${requestLine}\r\nHost: site.example\r\nConnection: close\r\n\r\n`))
    let data = ''
    socket.on('data', (chunk) => (data += chunk))
    socket.on('end', () => resolve(data))
    socket.on('error', reject)
  })
}

const listening = (server: Server) => new Promise<Server>((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)))
const echo = () => createServer((request, response) => response.end(`reached ${request.method} ${request.url}`))

installRequestGuard()
installRequestGuard() // twice: still one guard
const site = await listening(echo())
const lake = await listening(exemptFromRequestGuard(echo()))
afterAll(() => Promise.all([site, lake].map((s) => new Promise((resolve) => s.close(resolve)))))

describe('installRequestGuard', () => {
  it('answers before the handler runs, with the security headers', async () => {
    const answer = await raw(site, 'GET /kk/%ff%fe HTTP/1.1')
    expect(answer).toMatch(/^HTTP\/1\.1 400 /)
    expect(answer).toMatch(/content-security-policy: default-src 'none'/i)
    expect(answer).not.toContain('reached')
    expect(await raw(site, 'TRACE /kk HTTP/1.1')).toMatch(/^HTTP\/1\.1 405 [^]*allow: GET, HEAD/i)
  })

  it('hands an absolute-form target to the handler as its path', async () => {
    expect(await raw(site, 'GET http://evil.example/kk/privacy HTTP/1.1')).toMatch(/reached GET \/kk\/privacy$/)
  })

  it('leaves an exempt server (the local Content Lake) alone', async () => {
    expect(await raw(lake, 'GET /v1/data/%zz HTTP/1.1')).toMatch(/reached GET \/v1\/data\/%zz$/)
  })
})
