// Section 1 of the report: page weight of every kind of page, and of each policy's app view.
import type {BenchPage} from './bench-pages'
import {chromiumArgs, chromiumPath} from './machine'
import {bytes, median, ratio, table, type SectionReport} from './markdown'
import {weighPage, type PageWeight} from './page-weight'

const APP_FLOOR_RATIO = 1.2

const pair = (raw: number, gzip: number) => `${bytes(raw)} / ${bytes(gzip)}`
const countOf = (n: number) => (n === 1 ? '' : ` (${n})`)

function row(w: PageWeight): (string | number)[] {
  return [
    `${w.page.label}${w.status === 200 ? '' : ` (HTTP ${w.status})`}`,
    w.requests,
    pair(w.html.raw, w.html.gzip),
    w.js.count ? `${pair(w.js.raw, w.js.gzip)}${countOf(w.js.count)}` : '0',
    w.css.count ? `${pair(w.css.raw, w.css.gzip)}${countOf(w.css.count)}` : '0',
    w.fonts.count ? `${bytes(w.fonts.transferred)}${countOf(w.fonts.count)}` : '0',
    w.other.count ? `${bytes(w.other.transferred)}${countOf(w.other.count)}` : '0',
    `${bytes(w.inlineRsc)} / ${bytes(w.htmlWithoutRscGzip)}`,
    bytes(w.transferredBody),
    bytes(w.floorGzip),
    ratio(w.ratio),
  ]
}

const HEADER = ['page', 'requests', 'HTML raw / gzip', 'JS raw / gzip (files)', 'CSS raw / gzip (files)', 'fonts', 'other', 'RSC inline in HTML (raw) / HTML gzip without it', 'transferred (bodies)', 'floor (gzip)', 'vs floor']

/** What an app view costs beyond its floor: a fixed part (head, styles) weighs most on the shortest pages. */
function aboveFloor(apps: PageWeight[]): string {
  const extra = apps.map((w) => w.transferredBody - w.floorGzip).sort((a, b) => a - b)
  return `Bytes above the floor per app view: min ${bytes(extra[0])}, median ${bytes(Math.round(median(extra)))}, max ${bytes(extra.at(-1)!)}.`
}

export async function pageWeightSection(baseUrl: string, policyPages: BenchPage[], appPages: BenchPage[]): Promise<SectionReport> {
  const {chromium} = await import('playwright-core')
  const browser = await chromium.launch({executablePath: await chromiumPath(), args: chromiumArgs})
  try {
    const weigh = async (pages: BenchPage[]) => {
      const out: PageWeight[] = []
      for (const page of pages) out.push(await weighPage(browser, baseUrl, page)) // one at a time: no contention
      return out
    }
    const policy = await weigh(policyPages)
    const apps = await weigh(appPages.filter((p) => !policyPages.some((q) => q.path === p.path)))
    const allApps = [...policy.filter((w) => w.page.kind === 'app'), ...apps]
    const jsBytes = Math.max(...allApps.map((w) => w.js.transferred))
    const worst = allApps.reduce((a, b) => (b.ratio > a.ratio ? b : a))
    const failed = [...policy, ...apps].filter((w) => w.status !== 200)
    const over = allApps.filter((w) => w.ratio > APP_FLOOR_RATIO)
    const first = policy.find((w) => w.page.kind === 'policy')
    const body = [
      'Each page loaded once in headless Chromium (Playwright, a fresh context: empty cache) from `next start`, until the network',
      'is idle. Raw = decoded bytes; gzip = the same bytes gzipped (zlib default level); "transferred" = response bodies as',
      'they crossed the wire (Next compresses with gzip), headers not counted. "other" holds RSC prefetches, images, icons.',
      'The floor is a plain HTML file of the page\'s `document.body.innerText` (one `<p>` per line), gzipped;',
      '"vs floor" = transferred / floor.',
      '',
      `**Every kind of page** (${policyPages[0]?.path.split('/')[2] ?? ''}):`,
      '',
      table(HEADER, policy.map(row)),
      '',
      '**App view of every policy:**',
      '',
      table(HEADER, allApps.map(row)),
      '',
      aboveFloor(allApps),
      ...(first ? ['', `**What the first visit to \`${first.page.path}\` downloads**, largest first:`, '', table(['path', 'type', 'raw', 'transferred'], first.resources.map((r) => [`\`${r.path.slice(0, 90)}\``, r.type, bytes(r.raw), bytes(r.transferred)]))] : []),
      ...(failed.length ? ['', `Pages that did not answer 200: ${failed.map((w) => `${w.page.path} (${w.status})`).join(', ')}.`] : []),
    ].join('\n')
    return {
      title: 'Page weight',
      body,
      goals: [
        {what: `app view JS, largest of ${allApps.length} app views`, goal: '0 B', measured: bytes(jsBytes), met: jsBytes === 0 && allApps.every((w) => w.js.count === 0)},
        {what: `app view weight vs floor, worst of ${allApps.length} (${worst.page.path})`, goal: `≤ ${APP_FLOOR_RATIO}×`, measured: `${ratio(worst.ratio)}; ${over.length} of ${allApps.length} over ${APP_FLOOR_RATIO}×${over.length ? ` (${over.map((w) => `${w.page.path} ${ratio(w.ratio)}`).join(', ')})` : ''}`, met: worst.ratio <= APP_FLOOR_RATIO},
      ],
      ...(failed.length ? {error: `${failed.length} page(s) did not answer 200`} : {}),
    }
  } finally {
    await browser.close()
  }
}
