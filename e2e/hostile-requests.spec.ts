// Hostile requests (issue #19), replayed against the production build as a client would send them, raw where a
// browser would normalize: unknown URLs leave nothing on disk, malformed paths and methods get 400/404/405 with the
// security headers and never a 500, pages refuse writes, redirects never leave the site, drafts are never
// publicly cacheable.
import {readdirSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {expect, test} from '@playwright/test'
import {rawRequest, type RawResponse} from './fixtures/raw-http'
import {PREVIEW_SECRET, servers} from './fixtures/servers'

const port = servers.main.port
const site = `http://127.0.0.1:${port}`

function expectSecurityHeaders(response: RawResponse, what: string) {
  expect(response.headers['content-security-policy'], what).toMatch(/^default-src 'none'/)
  expect(response.headers['x-content-type-options'], what).toBe('nosniff')
  expect(response.headers['strict-transport-security'], what).toMatch(/max-age=\d+/)
}

/** Bytes under the build folder (its caches included). */
function diskUse(dir: string): number {
  return readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + (statSync(join(entry.parentPath, entry.name), {throwIfNoEntry: false})?.size ?? 0), 0)
}

test('600 unknown URLs grow the build folder by less than 1 MB (their 404s are not stored)', async () => {
  test.setTimeout(120_000)
  const before = diskUse(servers.main.distDir)
  const random = () => Math.random().toString(36).slice(2)
  const paths = Array.from({length: 600}, (_, i) =>
    [`/kk/${random()}`, `/ru/privacy/v/${1000 + i}`, `/kk/privacy/compare/${900 + i}/1`, `/ru/${random()}/x/y/${random()}`, `/kk/a%0d%0a${random()}`, `/kk/${random()}/history`][i % 6],
  )
  for (let i = 0; i < paths.length; i += 20) {
    const statuses = await Promise.all(paths.slice(i, i + 20).map(async (path) => (await rawRequest(port, 'GET', path)).status))
    for (const status of statuses) expect([400, 404]).toContain(status)
  }
  expect(diskUse(servers.main.distDir) - before).toBeLessThan(1024 * 1024)
})

test('a reversed compare pair redirects only when both versions exist', async () => {
  expect((await rawRequest(port, 'GET', '/kk/lifecycle/compare/2/1')).status).toBe(308)
  expect((await rawRequest(port, 'GET', '/kk/lifecycle/compare/99/1')).status).toBe(404)
})

test.describe('malformed paths and methods: 400/404/405 with the security headers, never 500', () => {
  const cases: [string, string, number][] = [
    ['GET', '/kk/%', 400],
    ['GET', '/%', 400],
    ['GET', '/kk/%zz', 400],
    ['GET', '/kk/%ff%fe', 400],
    ['GET', '/api/policies/%', 400],
    ['GET', '/studio/%', 400],
    ['GET', '/kk/a%00b', 400],
    ['GET', `/kk/${'x'.repeat(300)}`, 404],
    ['TRACE', '/kk', 405],
    ['OPTIONS', '*', 400],
  ]
  for (const [method, target, status] of cases) {
    test(`${method} ${target.slice(0, 40)} → ${status}`, async () => {
      const response = await rawRequest(port, method, target)
      expect(response.status).toBe(status)
      expectSecurityHeaders(response, `${method} ${target}`)
    })
  }
})

test.describe('redirects never name another host and carry the security headers', () => {
  test('an absolute-form target is taken by its path', async () => {
    const page = await rawRequest(port, 'GET', 'http://evil.example/kk/privacy')
    expect(page.status).toBe(200)
    for (const target of ['http://evil.example/kk/privacy/', 'http://evil.example//evil.example/', 'http://evil.example/privacy']) {
      const response = await rawRequest(port, 'GET', target)
      expect(response.status, target).toBeGreaterThanOrEqual(300)
      expect(response.headers.location ?? '', target).not.toContain('evil.example/')
      expect(new URL(response.headers.location, site).origin, target).toBe(site)
    }
  })

  test('trailing-slash and repeated-slash 308s', async () => {
    for (const [target, location] of [['/kk/privacy/', '/kk/privacy'], ['/kk//privacy', '/kk/privacy'], ['//evil.example', '/evil.example']]) {
      const response = await rawRequest(port, 'GET', target)
      expect(response.status, target).toBe(308)
      expect(response.headers.location, target).toBe(location)
      expectSecurityHeaders(response, target)
    }
  })

  test('draft-mode disable and enable follow only paths on this site (Chromium stays here)', async ({page}) => {
    for (const raw of ['/%5Cevil.example', '/%09/evil.example', '/%5C%5Cevil.example', '/%5C/evil.example', '//evil.example', '/%0d%0aX']) {
      for (const route of ['/api/draft-mode/disable?', `/api/draft-mode/enable?secret=${PREVIEW_SECRET}&`]) {
        const response = await rawRequest(port, 'GET', `${route}redirect=${raw}`)
        expect(response.status, `${route}${raw}`).toBe(307)
        expect(response.headers.location, `${route}${raw}`).toBe('/')
      }
    }
    await page.goto('/api/draft-mode/disable?redirect=/%5Cevil.example')
    expect(new URL(page.url()).origin).toBe(site)
  })
})

test('pages and the Studio refuse writes with 405 and Allow; the static copy stays static', async ({request}) => {
  for (const path of ['/kk', '/kk/privacy', '/ru/lifecycle/v/1', '/kk/lifecycle/history', '/ru/privacy/feed.xml', '/kk/privacy/app', '/studio']) {
    for (const method of ['DELETE', 'POST', 'PUT', 'PATCH']) {
      const response = await rawRequest(port, method, path, {'Content-Length': '0'})
      expect(response.status, `${method} ${path}`).toBe(405)
      expect(response.headers.allow, `${method} ${path}`).toBe('GET, HEAD')
      expectSecurityHeaders(response, `${method} ${path}`)
    }
  }
  await request.get('/kk/privacy')
  expect((await request.get('/kk/privacy')).headers()['x-nextjs-cache']).toBe('HIT')
})

test("the apps' JSON read in draft mode is private, no-store", async ({page}) => {
  expect((await page.request.get('/api/policies')).headers()['cache-control']).toMatch(/^public, /)
  // The draft-mode cookie is Secure: the browser keeps it for 127.0.0.1 (a secure context), as editors' browsers do.
  await page.goto(`/api/draft-mode/enable?secret=${PREVIEW_SECRET}&redirect=/kk`)
  for (const path of ['/api/policies', '/api/policies/lifecycle', '/api/policies/no-such-policy'])
    expect((await page.request.get(path)).headers()['cache-control'], path).toBe('private, no-store')
  await page.goto('/api/draft-mode/disable?redirect=/kk')
})
