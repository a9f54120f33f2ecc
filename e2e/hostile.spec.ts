// Hostile and malformed content (e2e/fixtures/hostile): the build completes (the suite's server starts only
// then), each problem is reported once naming its document and field, valid pages are untouched, and nothing
// injected runs on any page the hostile documents reach.
import {readFileSync} from 'node:fs'
import {expect, test} from '@playwright/test'
import {JSDOM} from 'jsdom'
import {parseDataset} from '../lib/content/dataset'
import {almatyToday} from '../lib/revisions/dates'
import {EMPTY_POLICY_SLUG, hostileCases, hostilePages, publishedSlugs, reachedPaths, unpublishedSlugs} from './fixtures/hostile'
import {brokenSitemapUrls, expectPage} from './fixtures/hostile/checks'
import {INVISIBLE, inspectPage, readableText} from './fixtures/hostile/inspect'
import {findReport, readReportLog} from './fixtures/hostile/report-log'
import {servers} from './fixtures/servers'
import {failOnDialogs} from './helpers'

const cases = hostileCases()
const pages = hostilePages()
const published = publishedSlugs()
const locales = ['kk', 'ru'] as const

test.describe('the e2e dataset', () => {
  const ids = () => new Set(parseDataset(readFileSync(servers.main.dataset, 'utf8')).documents.map((d) => d._id))

  test(`holds all ${cases.length} hostile documents (the build survives each)`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(30)
    expect(cases.map((c) => c.doc._id).filter((id) => !ids().has(id))).toEqual([])
  })
})

test.describe('the build reports each problem once, naming the document and field', () => {
  const build = () => readReportLog('build')

  for (const {doc, reports, what} of cases) {
    for (const [index, report] of reports.entries()) {
      test(`${doc._id} ${report.field ?? ''} #${index + 1} (${what})`, () => {
        expect(findReport(build(), doc._id, report), `${doc._id} ${report.field ?? ''}: ${report.message.source}`).toHaveLength(1)
      })
    }
  }

  test('nothing else is reported about the hostile documents', () => {
    const lines = build()
    const unexpected = cases.flatMap(({doc, reports}) =>
      lines.filter((line) => (line.startsWith(`[content] ${doc._id} `) || line.startsWith(`[content] ${doc._id}:`)) && !reports.some((r) => findReport([line], doc._id, r).length)),
    )
    expect(unexpected).toEqual([])
  })

  test('no content can print a report line of its own (line breaks in values are quoted)', () => {
    const lines = build()
    expect(lines.filter((line) => line.includes('forged-document')).length).toBeGreaterThan(1)
    expect(lines.filter((line) => line.startsWith('[content] forged-document'))).toEqual([])
  })
})

test.describe('valid pages are unaffected', () => {
  // The demo dataset's policies, each with the section count of its current revision.
  const demo = parseDataset(readFileSync('sanity/seed/demo.ndjson', 'utf8')).documents
  const today = almatyToday()
  const demoPolicies = demo
    .filter((d) => d._type === 'policy')
    .map((policy) => {
      const revisions = demo.filter((d) => d._type === 'policyRevision' && (d.policy as {_ref?: string})?._ref === policy._id)
      const current = revisions.filter((r) => String(r.effectiveFrom) <= today).sort((a, b) => Number(a.version) - Number(b.version)).at(-1)
      return {slug: (policy.slug as {current: string}).current, sections: (current?.sections as unknown[] | undefined)?.length ?? 0}
    })

  test('the demo policies are listed, answer 200 and show every section of their current revision', async ({page}) => {
    expect(demoPolicies.length).toBeGreaterThan(2)
    for (const locale of locales) {
      await page.goto(`/${locale}`)
      for (const {slug} of demoPolicies) await expect(page.locator(`main a[href="/${locale}/${slug}"]`)).toHaveCount(1)
    }
    for (const {slug, sections} of demoPolicies) {
      for (const locale of locales) {
        const response = await page.goto(`/${locale}/${slug}`)
        expect(response?.status(), `/${locale}/${slug}`).toBe(200)
        await expect(page.locator('main section[data-anchor]'), `/${locale}/${slug}`).toHaveCount(sections)
      }
    }
  })
})

test.describe('each hostile document is published where it should be, and nowhere else', () => {
  for (const [path, expected] of pages) test(path, async ({page}) => expectPage(page, path, expected))
})

// One visit per page checks both: nothing injected runs, and no bidi override or zero-width character survives.
const invisibleIn = (text: string) => text.match(new RegExp(`.{0,16}${INVISIBLE.source}.{0,16}`, 'g')) ?? []

test.describe('nothing injected runs, and bidi and zero-width characters are stripped', () => {
  test.describe('the inspection itself', () => {
    test.use({javaScriptEnabled: false})

    test('finds foreign scripts, handlers, frames and unsafe URLs when a page has them', async ({page}) => {
      await page.setContent(
        '<script src="https://evil.example/x.js"></script><script>alert(1)</script><p onclick="alert(1)">p</p>' +
          '<a href="javascript:alert(1)">a</a><a href="//evil.example/">b</a><a href="DATA:text/html,x">c</a><iframe src="/x"></iframe>',
      )
      const findings = await inspectPage(page)
      expect(findings.foreignScripts).toHaveLength(2)
      expect(findings.handlers).toEqual(['<p onclick="alert(1)">p</p>'])
      expect(findings.frames).toEqual(['<iframe src="/x"></iframe>'])
      expect(findings.unsafeUrls).toEqual(['a: javascript:alert(1)', 'a: //evil.example/', 'a: DATA:text/html,x'])
    })
  })

  for (const path of reachedPaths()) {
    test(path, async ({page}) => {
      const dialogs = failOnDialogs(page)
      const errors: string[] = []
      page.on('console', (message) => {
        // A resource that fails to load is the server's business (security.spec.ts), not injected code.
        if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) errors.push(message.text())
      })
      page.on('pageerror', (error) => errors.push(error.message))
      const response = await page.goto(path, {waitUntil: 'load'})
      expect(response?.status()).toBe(200)
      expect(await inspectPage(page)).toEqual({foreignScripts: [], handlers: [], frames: [], unsafeUrls: []})
      expect(invisibleIn(await readableText(page)), 'in the text').toEqual([])
      expect(invisibleIn(await response!.text()), 'anywhere in the HTML').toEqual([])
      // No script is on the page, and the CSP would refuse one (no-script.spec.ts): no handler can run later.
      await expect(page.locator('script')).toHaveCount(0)
      expect(dialogs).toEqual([])
      expect(errors).toEqual([])
    })
  }
})

test.describe('feeds, JSON and sitemap', () => {
  for (const slug of published) {
    test(`${slug}: the feeds are well-formed XML with no markup from content`, async ({request}) => {
      for (const locale of locales) {
        const response = await request.get(`/${locale}/${slug}/feed.xml`)
        expect(response.status()).toBe(200)
        const xml = await response.text()
        const doc = new JSDOM(xml, {contentType: 'application/xml'}).window.document
        expect(doc.documentElement.localName).toBe('feed')
        expect(doc.querySelectorAll('script, img, iframe').length).toBe(0)
        expect(INVISIBLE.test(xml)).toBe(false)
      }
    })

    test(`${slug}: the JSON parses, holds no invisible character and links only to the site`, async ({request, baseURL}) => {
      const response = await request.get(`/api/policies/${slug}`)
      expect(response.status()).toBe(200)
      const body = await response.text()
      expect(INVISIBLE.test(body)).toBe(false)
      const json = JSON.parse(body) as {slug: string; titles: Record<string, unknown>}
      expect(json.slug).toBe(slug)
      for (const title of Object.values(json.titles)) expect(title === null || typeof title === 'string').toBe(true)
      const urls = body.match(/"https?:\/\/[^"]+"/g) ?? []
      expect(urls.length).toBeGreaterThan(0)
      for (const url of urls) expect(url.startsWith(`"${baseURL}/`), url).toBe(true)
    })
  }

  test('the JSON list holds the published hostile policies and none of the unpublished', async ({request}) => {
    const response = await request.get('/api/policies')
    expect(response.status()).toBe(200)
    const slugs = ((await response.json()) as {policies: {slug: string}[]}).policies.map((p) => p.slug)
    for (const slug of published) expect(slugs).toContain(slug)
    const unpublished = unpublishedSlugs().filter((slug) => slug !== EMPTY_POLICY_SLUG)
    expect(unpublished.length).toBeGreaterThan(5)
    for (const slug of unpublished) expect(slugs).not.toContain(slug)
  })

  test('the JSON list leaves out a policy with no revision', async ({request}) => {
    const slugs = ((await (await request.get('/api/policies')).json()) as {policies: {slug: string}[]}).policies.map((p) => p.slug)
    expect(slugs).not.toContain(EMPTY_POLICY_SLUG)
  })

  test('every URL in the sitemap answers 200, but for the policy with no revision', async ({request}) => {
    expect((await brokenSitemapUrls(request)).filter((line) => !line.includes(`/${EMPTY_POLICY_SLUG}`))).toEqual([])
  })

  test('every URL in the sitemap answers 200', async ({request}) => {
    expect(await brokenSitemapUrls(request)).toEqual([])
  })
})
