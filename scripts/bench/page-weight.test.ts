import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {gzipSync} from 'node:zlib'
import type {Browser} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {chromiumArgs, chromiumPath} from './machine'
import {weighPage} from './page-weight'

// A page whose weight is known: gzipped HTML with an inline RSC-like script and inline JSON data, one script file, one stylesheet.
const script = 'console.log("x".repeat(10));'.repeat(20)
const css = 'p{color:red}'.repeat(30)
const html = `<!doctype html><html lang="kk"><head><title>T</title><link rel="stylesheet" href="/a.css"><script src="/a.js"></script><style>p{margin:0}</style></head>
<body><p>Бірінші жол</p><p>Екінші жол</p><script>self.__next_f.push([1,"payload"])</script><SCRIPT type="application/ld+json">{"a":1}</SCRIPT></body></html>`
const files: Record<string, {type: string; body: string}> = {
  '/': {type: 'text/html; charset=utf-8', body: html},
  '/a.js': {type: 'text/javascript', body: script},
  '/a.css': {type: 'text/css', body: css},
}

let server: Server
let browser: Browser | undefined
let baseUrl = ''
// `npm test` ensures a browser before the unit tests (scripts/ensure-browser.mjs): none found is a failure, not a skip.
const executablePath = await chromiumPath()

beforeAll(async () => {
  server = createServer((request, response) => {
    const file = files[request.url ?? '']
    if (!file) return void response.writeHead(404).end()
    const gzip = request.url === '/' // compress only the document, so both cases are covered
    const body = gzip ? gzipSync(file.body) : Buffer.from(file.body)
    // A content-length (no chunked framing), so the bytes on the wire are exactly the body.
    response.writeHead(200, {'content-type': file.type, 'content-length': body.length, ...(gzip ? {'content-encoding': 'gzip'} : {})})
    response.end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  if (executablePath) browser = await (await import('playwright-core')).chromium.launch({executablePath, args: chromiumArgs})
}, 60_000)

afterAll(async () => {
  await browser?.close()
  server.close()
})

describe('weighPage (needs Chromium)', () => {
  it('counts each kind of resource raw, gzipped and as transferred, and the inline script and CSS', async () => {
    expect(browser, "no Chromium found (CHROMIUM_PATH, Playwright's own or a system one): run `node scripts/ensure-browser.mjs`").toBeDefined()
    const weight = await weighPage(browser!, baseUrl, {label: 'test', path: '/', kind: 'policy'})
    expect(weight.status).toBe(200)
    expect(weight.requests).toBeGreaterThanOrEqual(3) // document, script, stylesheet (+ favicon)
    expect(weight.html).toMatchObject({count: 1, raw: Buffer.byteLength(html), gzip: gzipSync(html).length})
    expect(weight.html.transferred).toBe(gzipSync(html).length)
    expect(weight.js).toMatchObject({count: 1, raw: script.length, transferred: script.length})
    expect(weight.css).toMatchObject({count: 1, raw: css.length})
    // Every inline <script>, whatever its case or type; the file script's empty element adds nothing.
    expect(weight.inlineScript).toBe('self.__next_f.push([1,"payload"])'.length + '{"a":1}'.length)
    expect(weight.inlineCss).toBe('p{margin:0}'.length)
    expect(weight.floorGzip).toBeGreaterThan(50)
    expect(weight.ratio).toBeCloseTo(weight.transferredBody / weight.floorGzip)
    expect(weight.transferredTotal).toBeGreaterThan(weight.transferredBody)
  }, 60_000)
})
