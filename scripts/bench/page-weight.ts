// Section 1: what a browser downloads for each kind of page, next to a plain HTML file with the same text.
import type {Browser, Response} from 'playwright-core'
import type {BenchPage} from './bench-pages'
import {floorHtml, gzipSize} from './floor'

type Bytes = {count: number; raw: number; gzip: number; transferred: number}

export type PageWeight = {
  page: BenchPage
  status: number
  requests: number
  html: Bytes
  js: Bytes
  css: Bytes
  fonts: Bytes
  other: Bytes
  /** Response bodies as they crossed the wire (compressed when the server compressed them). */
  transferredBody: number
  /** The same plus response headers. */
  transferredTotal: number
  /** Raw bytes inside the HTML's `<script>` elements: inline code and data, an RSC payload (`self.__next_f.push(...)`) included. */
  inlineScript: number
  /** Raw bytes of the HTML's inline `<style>` elements. */
  inlineCss: number
  floorGzip: number
  /** transferredBody / floorGzip. */
  ratio: number
  /** Every response, largest transfer first. */
  resources: {path: string; type: string; raw: number; transferred: number}[]
}

const empty = (): Bytes => ({count: 0, raw: 0, gzip: 0, transferred: 0})

const bucket = (type: string): 'html' | 'js' | 'css' | 'fonts' | 'other' =>
  type === 'document' ? 'html' : type === 'script' ? 'js' : type === 'stylesheet' ? 'css' : type === 'font' ? 'fonts' : 'other'

function inlineBytes(html: string, pattern: RegExp): number {
  return [...html.matchAll(pattern)].reduce((total, match) => total + Buffer.byteLength(match[1]), 0)
}

async function record(response: Response) {
  await response.finished().catch(() => undefined)
  const sizes = await response.request().sizes().catch(() => ({responseBodySize: 0, responseHeadersSize: 0}))
  const redirect = response.status() >= 300 && response.status() < 400
  const body = redirect ? Buffer.alloc(0) : await response.body().catch(() => Buffer.alloc(0))
  const url = new URL(response.url())
  return {path: url.pathname + url.search, type: response.request().resourceType(), body, bodySize: sizes.responseBodySize, headersSize: sizes.responseHeadersSize}
}

export async function weighPage(browser: Browser, baseUrl: string, page: BenchPage): Promise<PageWeight> {
  const context = await browser.newContext() // a fresh context: an empty cache, as a first visit
  try {
    const tab = await context.newPage()
    const responses: Response[] = []
    tab.on('response', (response) => responses.push(response))
    const main = await tab.goto(baseUrl + page.path, {waitUntil: 'networkidle', timeout: 60_000})
    await tab.waitForTimeout(300) // late prefetches after idle
    const visible = await tab.evaluate(() => ({text: document.body?.innerText ?? '', title: document.title, lang: document.documentElement.lang}))
    const weight: Record<'html' | 'js' | 'css' | 'fonts' | 'other', Bytes> = {html: empty(), js: empty(), css: empty(), fonts: empty(), other: empty()}
    let transferredBody = 0
    let transferredTotal = 0
    let documentHtml = ''
    const items = await Promise.all(responses.map(record))
    for (const item of items) {
      const part = weight[bucket(item.type)]
      part.count += 1
      part.raw += item.body.length
      part.gzip += item.body.length ? gzipSize(item.body) : 0
      part.transferred += item.bodySize
      transferredBody += item.bodySize
      transferredTotal += item.bodySize + item.headersSize
      if (item.type === 'document' && !documentHtml) documentHtml = item.body.toString('utf8')
    }
    const floorGzip = gzipSize(floorHtml(visible))
    return {
      page,
      status: main?.status() ?? 0,
      requests: responses.length,
      ...weight,
      transferredBody,
      transferredTotal,
      inlineScript: inlineBytes(documentHtml, /<script\b[^>]*>([\s\S]*?)<\/script>/gi),
      inlineCss: inlineBytes(documentHtml, /<style\b[^>]*>([\s\S]*?)<\/style>/gi),
      floorGzip,
      ratio: transferredBody / floorGzip,
      resources: items
        .map((item) => ({path: item.path, type: item.type, raw: item.body.length, transferred: item.bodySize}))
        .sort((a, b) => b.transferred - a.transferred),
    }
  } finally {
    await context.close()
  }
}
