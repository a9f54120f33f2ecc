// The apps' surface: the zero-JS webview (/{locale}/{slug}/app, /v/{version}/app) and the JSON API. Runs on the
// e2e dataset's `lifecycle` policy: version 1 archived, 2 current, 3 upcoming with requiresConsent.
import {readFileSync} from 'node:fs'
import {expect, test, type APIResponse} from '@playwright/test'
import {Ajv2020} from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import {APP_VIEW_CSP} from '../lib/app-view/csp'
import {watchForeignRequests} from './helpers'

const schema = (name: string) => JSON.parse(readFileSync(`public/schemas/${name}`, 'utf8'))

async function expectPlainHtml(response: APIResponse, status: number) {
  expect(response.status()).toBe(status)
  expect(response.headers()['content-type']).toBe('text/html; charset=utf-8')
  expect(response.headers()['set-cookie']).toBeUndefined()
  expect(response.headers()['content-security-policy']).toBe(APP_VIEW_CSP)
  const html = await response.text()
  expect(html).toMatch(/^<!DOCTYPE html><html lang="(kk|ru)">/)
  expect(html).not.toMatch(/<script|<link|<img|<iframe/i)
  return html
}

test.describe('app view (webview)', () => {
  test.use({javaScriptEnabled: false})

  test('reads whole without JavaScript: every section of the full page, same anchors, page language only', async ({page, baseURL}) => {
    await page.goto('/kk/lifecycle')
    const anchors = await page.locator('main section[data-anchor]').evaluateAll((rows) => rows.map((row) => row.id))
    const headings = await Promise.all(anchors.map((a) => page.locator(`[id="${a}-kk"]`).innerText()))
    expect(anchors.length).toBeGreaterThan(2)

    const foreign = watchForeignRequests(page, baseURL!)
    const response = await page.goto('/kk/lifecycle/app')
    expect(response?.status()).toBe(200)
    await expect(page.locator('html')).toHaveAttribute('lang', 'kk')
    await expect(page.locator('main section')).toHaveCount(anchors.length)
    for (const [i, anchor] of anchors.entries()) {
      const heading = page.locator(`section[id="${anchor}"] > h2`)
      await expect(heading).toBeVisible()
      await expect(heading).toHaveText(headings[i])
    }
    await expect(page.locator('main')).not.toContainText('Политика')
    await expect(page.locator('footer')).toContainText('2-редакция')
    await expect(page.locator('footer code')).toHaveText(/^[0-9a-f]{64}$/)
    await expect(page.locator('footer a[lang="ru"]')).toHaveAttribute('href', '/ru/lifecycle/app')
    await expect(page.locator('aside[role="note"] a')).toHaveAttribute('href', '/kk/lifecycle/v/3/app')
    expect(foreign).toEqual([])
  })

  test('a pinned archived version says so in its language and links to the current view', async ({page}) => {
    await page.goto('/ru/lifecycle/v/1/app')
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru')
    await expect(page.locator('aside[role="note"]')).toContainText('Это архивная редакция 1')
    await expect(page.locator('aside[role="note"] a')).toHaveAttribute('href', '/ru/lifecycle/app')
    await expect(page.locator('main section > h2')).toHaveText(['1. Общие положения', '2. Срок хранения', '3. Контакты'])
    await expect(page.locator('footer a[lang="kk"]')).toHaveAttribute('href', '/kk/lifecycle/v/1/app')
    await expect(page.locator('footer a:not([lang])')).toHaveAttribute('href', '/ru/lifecycle/v/1')
  })

  test('follows the system dark scheme', async ({page}) => {
    await page.emulateMedia({colorScheme: 'dark'})
    await page.goto('/kk/lifecycle/app')
    const channels = (await page.locator('body').evaluate((body) => getComputedStyle(body).color)).match(/\d+/g)!.map(Number)
    expect(Math.min(...channels.slice(0, 3))).toBeGreaterThan(200)
  })

  test('static HTML: no script, no cookie, strict CSP, one small document', async ({request}) => {
    const response = await request.get('/kk/lifecycle/app')
    const html = await expectPlainHtml(response, 200)
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover"/>')
    expect(Buffer.byteLength(html)).toBeLessThan(8_000)
    expect(response.headers()['cache-control']).toMatch(/s-maxage=300/)
  })

  test('unknown slug or version: a tiny 404 page, same rules', async ({request}) => {
    for (const path of ['/kk/no-such-policy/app', '/ru/lifecycle/v/99/app', '/ru/lifecycle/v/01/app']) {
      const html = await expectPlainHtml(await request.get(path), 404)
      expect(Buffer.byteLength(html)).toBeLessThan(2_000)
    }
  })
})

test.describe('apps JSON', () => {
  const ajv = new Ajv2020({allErrors: true})
  addFormats(ajv)
  ajv.addSchema(schema('policy.v1.json'))
  ajv.addSchema(schema('policies.v1.json'))

  test('the policy validates against the published schema and says what to compare', async ({request, baseURL}) => {
    const published = await request.get('/schemas/policy.v1.json')
    expect(published.status()).toBe(200)
    expect(await published.json()).toEqual(schema('policy.v1.json'))

    const response = await request.get('/api/policies/lifecycle')
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toBe('application/json; charset=utf-8')
    expect(response.headers()['access-control-allow-origin']).toBe('*')
    expect(response.headers()['cache-control']).toBe('public, max-age=60, s-maxage=300, stale-while-revalidate=86400')
    expect(response.headers()['vary']).toMatch(/Accept-Encoding/i)
    expect(response.headers()['set-cookie']).toBeUndefined()
    const body = await response.json()
    const validate = ajv.getSchema('/schemas/policy.v1.json')!
    expect(validate(body), JSON.stringify(validate.errors)).toBe(true)

    expect(body).toMatchObject({schemaVersion: 1, slug: 'lifecycle', lastConsentVersion: 1})
    expect(body.current).toMatchObject({version: 2, requiresConsent: false})
    expect(body.upcoming).toMatchObject({version: 3, requiresConsent: true})
    expect(body.revisions.map((r: {version: number; status: string}) => [r.version, r.status])).toEqual([
      [3, 'upcoming'],
      [2, 'current'],
      [1, 'archive'],
    ])
    expect(body.urls.kk.app).toBe(new URL('/kk/lifecycle/app', baseURL).toString())
    const pinned = await request.get(body.current.urls.ru.app)
    expect(pinned.status()).toBe(200)
    expect(await pinned.text()).toContain(body.current.hashes.ru)
  })

  test('the list validates and points at each policy', async ({request}) => {
    const response = await request.get('/api/policies')
    expect(response.status()).toBe(200)
    const body = await response.json()
    const validate = ajv.getSchema('/schemas/policies.v1.json')!
    expect(validate(body), JSON.stringify(validate.errors)).toBe(true)
    const lifecycle = body.policies.find((p: {slug: string}) => p.slug === 'lifecycle')
    expect(lifecycle).toMatchObject({current: {version: 2}, upcoming: {version: 3}})
    expect((await request.get(lifecycle.api)).status()).toBe(200)
  })

  test('If-None-Match with the ETag gives 304, weak or in a list; a stale tag gives the body', async ({request}) => {
    for (const path of ['/api/policies/lifecycle', '/api/policies']) {
      const first = await request.get(path)
      const etag = first.headers()['etag']
      expect(etag).toMatch(/^"[\w-]+"$/)
      for (const header of [etag, `W/${etag}`, `"stale", ${etag}`]) {
        const again = await request.get(path, {headers: {'If-None-Match': header}})
        expect(again.status()).toBe(304)
        expect(again.headers()['etag']).toBe(etag)
        expect((await again.body()).length).toBe(0)
      }
      const stale = await request.get(path, {headers: {'If-None-Match': '"stale"'}})
      expect(stale.status()).toBe(200)
      expect(await stale.text()).toBe(await first.text())
    }
  })

  test('HEAD works, other methods get 405 with Allow, unknown slug gets 404 JSON', async ({request}) => {
    const get = await request.get('/api/policies/lifecycle')
    const head = await request.head('/api/policies/lifecycle')
    expect(head.status()).toBe(200)
    expect(head.headers()['etag']).toBe(get.headers()['etag'])
    expect((await head.body()).length).toBe(0)

    for (const method of ['post', 'put', 'delete'] as const) {
      const response = await request[method]('/api/policies/lifecycle')
      expect(response.status()).toBe(405)
      expect(response.headers()['allow']).toBe('GET, HEAD, OPTIONS')
    }
    expect((await request.post('/api/policies')).status()).toBe(405)

    const missing = await request.get('/api/policies/no-such-policy')
    expect(missing.status()).toBe(404)
    expect(missing.headers()['content-type']).toBe('application/json; charset=utf-8')
    expect(await missing.json()).toEqual({error: 'policy not found', slug: 'no-such-policy'})
  })
})
