// Reader pages are plain HTML documents: every URL of the sitemap (both languages, every policy of the e2e
// dataset: the demo policies and the hostile ones), every comparison their history pages link to, and the 404s
// answer a complete document with no script, no RSC payload, nothing from /_next, and a CSP that allows no script.
import {expect, test, type APIRequestContext, type APIResponse} from '@playwright/test'

const NOT_FOUND = ['/kk/no-such-policy', '/ru/no-such-policy', '/kk/privacy/v/999', '/ru/privacy/v/abc', '/kk/lifecycle/compare/1/99', '/ru/a/b/c/d', '/no-such-file.txt', '/api/no-such-api', '/xx.yy/privacy']

/** What is wrong with one response, as lines naming the path; none for a clean document. */
async function problems(path: string, response: APIResponse, status: number): Promise<string[]> {
  const found: string[] = []
  const html = await response.text()
  if (response.status() !== status) found.push(`${path}: HTTP ${response.status()}, expected ${status}`)
  if (!/^text\/html; charset=utf-8$/i.test(response.headers()['content-type'] ?? '')) found.push(`${path}: content-type ${response.headers()['content-type']}`)
  if (!/^<!DOCTYPE html><html lang="(kk|ru)">/.test(html)) found.push(`${path}: not a whole document with its language (${html.slice(0, 40)})`)
  if (!html.trimEnd().endsWith('</html>')) found.push(`${path}: document not closed`)
  if (/<script/i.test(html)) found.push(`${path}: has <script`)
  if (html.includes('__next_f') || html.includes('/_next/')) found.push(`${path}: RSC payload or Next assets`)
  if (/<link[^>]+rel="(stylesheet|preload|modulepreload)"/.test(html)) found.push(`${path}: loads a stylesheet or preloads`)
  const csp = response.headers()['content-security-policy'] ?? ''
  const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name, sources]))
  const scripts = directives.get('script-src') ?? directives.get('default-src')
  if (JSON.stringify(scripts) !== JSON.stringify(["'none'"])) found.push(`${path}: CSP allows scripts (${csp})`)
  return found
}

async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const xml = await (await request.get('/sitemap.xml')).text()
  return [...new Set([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname))]
}

test('every page of the sitemap and every linked comparison, in both languages: HTML with no script', async ({request}) => {
  test.setTimeout(180_000)
  const paths = await sitemapPaths(request)
  expect(paths.filter((p) => p.startsWith('/kk')).length).toBeGreaterThan(20)
  expect(paths.filter((p) => p.startsWith('/ru')).length).toBe(paths.filter((p) => p.startsWith('/kk')).length)
  const found: string[] = []
  const compares = new Set<string>()
  for (const path of paths) {
    const response = await request.get(path)
    found.push(...(await problems(path, response, 200)))
    if (path.endsWith('/history')) {
      for (const [, href] of (await response.text()).matchAll(/href="([^"]+\/compare\/\d+\/\d+)"/g)) compares.add(href)
    }
  }
  expect(compares.size).toBeGreaterThan(4)
  for (const path of compares) found.push(...(await problems(path, await request.get(path), 200)))
  expect(found).toEqual([])
})

test('the 404s, in a language and outside both: HTML with no script', async ({request}) => {
  const found: string[] = []
  for (const path of NOT_FOUND) found.push(...(await problems(path, await request.get(path), 404)))
  expect(found).toEqual([])
})

test('a reader page is one request: nothing else is fetched, even with scripts allowed in the browser', async ({page}) => {
  const requests: string[] = []
  page.on('request', (r) => requests.push(new URL(r.url()).pathname))
  await page.goto('/kk/lifecycle/compare/1/2', {waitUntil: 'networkidle'})
  await expect(page.locator('main h1')).toBeVisible()
  expect(requests.filter((p) => p !== '/favicon.ico')).toEqual(['/kk/lifecycle/compare/1/2'])
})
