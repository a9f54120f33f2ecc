// Security headers on every kind of public response (lib/security-headers.ts, next.config.ts, the app view's and
// the JSON routes' own headers): a CSP that names no other origin, HSTS and the usual hardening, no cookies, no
// X-Powered-By. The Studio gets Sanity's origins and nothing else.
import {expect, test, type APIResponse} from '@playwright/test'

type Csp = Map<string, string[]>

/** Directive name → its sources, from the one Content-Security-Policy header the response must carry. */
function parseCsp(response: APIResponse): Csp {
  const headers = response.headersArray().filter((h) => h.name.toLowerCase() === 'content-security-policy')
  expect(headers, 'exactly one CSP header (browsers enforce every one they get)').toHaveLength(1)
  const csp: Csp = new Map()
  for (const directive of headers[0].value.split(';').map((d) => d.trim()).filter(Boolean)) {
    const [name, ...sources] = directive.split(/\s+/)
    expect(csp.has(name.toLowerCase()), `directive ${name} given once`).toBe(false)
    csp.set(name.toLowerCase(), sources)
  }
  return csp
}

/** The sources that decide whether a script runs: script-src, else default-src. */
const scriptSources = (csp: Csp) => csp.get('script-src') ?? csp.get('default-src') ?? []

const FIRST_PARTY = new Set(["'self'", "'none'", "'unsafe-inline'", 'data:'])

function expectHardening(response: APIResponse, path: string) {
  const headers = response.headers()
  const hsts = headers['strict-transport-security'] ?? ''
  expect(Number(/max-age=(\d+)/.exec(hsts)?.[1] ?? 0), `${path} HSTS max-age`).toBeGreaterThanOrEqual(31_536_000)
  expect(hsts, path).toContain('includeSubDomains')
  expect(headers['x-content-type-options'], path).toBe('nosniff')
  expect(headers['referrer-policy'], path).toMatch(/^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/)
  for (const feature of ['camera=()', 'microphone=()', 'geolocation=()']) expect(headers['permissions-policy'], path).toContain(feature)
  expect(headers['x-powered-by'], path).toBeUndefined()
  expect(headers['set-cookie'], path).toBeUndefined()
}

/** Every public response: nothing from another origin, and no script may run (reader pages have none). */
function expectSiteCsp(csp: Csp, path: string) {
  for (const [name, sources] of csp) {
    for (const source of sources) expect(FIRST_PARTY.has(source), `${path} ${name} ${source}: first party only`).toBe(true)
  }
  expect(csp.get('default-src'), path).toEqual(["'none'"])
  expect(scriptSources(csp), `${path}: no script allowed`).toEqual(["'none'"])
  expect(csp.get('base-uri'), path).toEqual(["'none'"])
  expect(csp.get('form-action'), path).toEqual(["'none'"])
  expect(csp.get('frame-ancestors'), path).toEqual(["'self'"])
}

const sitePaths: [string, number][] = [
  ['/kk', 200],
  ['/ru/privacy', 200],
  ['/kk/lifecycle/v/1', 200],
  ['/ru/lifecycle/history', 200],
  ['/kk/lifecycle/compare/1/2', 200],
  ['/ru/lifecycle/feed.xml', 200],
  ['/sitemap.xml', 200],
  ['/robots.txt', 200],
  ['/api/policies', 200],
  ['/api/policies/lifecycle', 200],
  ['/api/policies/no-such-policy', 404],
  ['/kk/no-such-policy', 404],
  ['/ru/lifecycle/v/99', 404],
  // An unknown first segment is taken for a path under the default locale.
  ['/xx/privacy', 307],
  ['/', 307],
]

/** Paths outside the locales, the Studio and the APIs: a plain 404, not a server error. */
const UNKNOWN_FILES = ['/no-such-file.txt', '/no-such-folder/icon.png']
test.describe('site responses', () => {
  for (const [path, status] of sitePaths) {
    test(`${path}: first-party CSP, HSTS, nosniff, referrer and permissions policies, no cookie`, async ({request}) => {
      const response = await request.get(path, {maxRedirects: 0})
      expect(response.status()).toBe(status)
      expectHardening(response, path)
      expectSiteCsp(parseCsp(response), path)
    })
  }

  for (const path of UNKNOWN_FILES) {
    test(`${path}: the same headers on whatever answers`, async ({request}) => {
      const response = await request.get(path)
      expectHardening(response, path)
      expectSiteCsp(parseCsp(response), path)
    })

    test(`${path}: 404, not a server error`, async ({request}) => {
      expect((await request.get(path)).status()).toBe(404)
    })
  }

  test("Next's own files carry the same headers", async ({request}) => {
    // Reader pages load nothing from /_next; the Studio's shell names its scripts.
    const script = /<script[^>]+src="(\/_next\/[^"]+)"/.exec(await (await request.get('/studio')).text())?.[1]
    expect(script).toBeTruthy()
    const response = await request.get(script!)
    expect(response.status()).toBe(200)
    expectHardening(response, script!)
    expectSiteCsp(parseCsp(response), script!)
  })
})

test.describe('app view (webview)', () => {
  for (const [path, status] of [['/kk/lifecycle/app', 200], ['/ru/lifecycle/v/1/app', 200], ['/kk/no-such-policy/app', 404]] as const) {
    test(`${path}: no script at all, nothing from elsewhere, embeddable on purpose`, async ({request}) => {
      const response = await request.get(path)
      expect(response.status()).toBe(status)
      expectHardening(response, path)
      const csp = parseCsp(response)
      expect(csp.get('default-src')).toEqual(["'none'"])
      expect(csp.has('script-src')).toBe(false)
      expect(scriptSources(csp)).toEqual(["'none'"])
      for (const [name, sources] of csp) {
        // Framing by any app is the view's purpose (lib/app-view/csp.ts, README: For app developers); nothing else names an origin.
        const allowed = name === 'frame-ancestors' ? ['*'] : [...FIRST_PARTY]
        for (const source of sources) expect(allowed, `${path} ${name} ${source}`).toContain(source)
      }
      expect(csp.get('frame-ancestors')).toEqual(['*'])
      expect(csp.get('base-uri')).toEqual(["'none'"])
      expect(csp.get('form-action')).toEqual(["'none'"])
      expect(await response.text()).not.toMatch(/<script/i)
    })
  }
})

test.describe('Studio', () => {
  const SANITY_ORIGIN = /^(https|wss):\/\/(\*\.|[a-z0-9-]+\.)*(sanity\.io|sanity-cdn\.com)$/

  for (const path of ['/studio', '/studio/structure']) {
    test(`${path}: the Studio shell, with Sanity's origins, loopback for the local Content Lake, and no others`, async ({request}) => {
      const response = await request.get(path, {maxRedirects: 0})
      expect(response.status(), 'served, not a 404 nor a locale redirect').toBe(200)
      expect(response.headers()['content-type']).toMatch(/^text\/html/)
      const html = await response.text()
      expect(html).toMatch(/<html lang="en"/)
      expect(html).toMatch(/<script[^>]+src="\/_next\//)
      expectHardening(response, path)
      const csp = parseCsp(response)
      for (const [name, sources] of csp) {
        for (const source of sources) {
          // With no Sanity project the Studio talks to the local Content Lake on loopback ports (README: Edit locally).
          const lake = name === 'connect-src' && source === 'http://127.0.0.1:*'
          const ok = ["'self'", "'none'", "'unsafe-inline'", "'unsafe-eval'", 'data:', 'blob:'].includes(source) || SANITY_ORIGIN.test(source) || lake
          expect(ok, `${path} ${name} ${source}: 'self', a Sanity origin or the local Content Lake`).toBe(true)
        }
      }
      expect(csp.get('connect-src')?.some((s) => SANITY_ORIGIN.test(s)), 'the Studio may reach the Sanity API').toBe(true)
      expect(csp.get('object-src')).toEqual(["'none'"])
      expect(csp.get('frame-ancestors')).toEqual(["'self'"])
    })
  }
})
