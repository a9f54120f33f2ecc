// Section 1 of the report: page weight of every kind of page (first visit), and of each policy's app view.
import type {BenchPage} from './bench-pages'
import {chromiumArgs, chromiumPath} from './machine'
import {bytes, median, ratio, table, type Goal, type SectionReport} from './markdown'
import {weighPage, type PageWeight} from './page-weight'

const APP_FLOOR_RATIO = 1.2
const POLICY_FLOOR_RATIO = 2

const pair = (raw: number, gzip: number) => `${bytes(raw)} / ${bytes(gzip)}`
const countOf = (n: number) => (n === 1 ? '' : ` (${n})`)
const expected = (w: PageWeight) => w.page.status ?? 200

function row(w: PageWeight): (string | number)[] {
  return [
    w.page.label,
    w.status === expected(w) ? w.status : `**${w.status}** (expected ${expected(w)})`,
    w.requests,
    pair(w.html.raw, w.html.gzip),
    w.js.count ? `${pair(w.js.raw, w.js.gzip)}${countOf(w.js.count)}` : '0',
    bytes(w.inlineScript),
    w.css.count ? `${pair(w.css.raw, w.css.gzip)}${countOf(w.css.count)}` : '0',
    bytes(w.inlineCss),
    w.fonts.count ? `${bytes(w.fonts.transferred)}${countOf(w.fonts.count)}` : '0',
    w.other.count ? `${bytes(w.other.transferred)}${countOf(w.other.count)}` : '0',
    bytes(w.transferredBody),
    bytes(w.floorGzip),
    ratio(w.ratio),
  ]
}

const HEADER = ['page', 'status', 'requests', 'HTML raw / gzip', 'JS files raw / gzip (files)', 'inline script (raw)', 'CSS files raw / gzip (files)', 'inline CSS (raw)', 'fonts', 'other', 'transferred (bodies)', 'floor (gzip)', 'vs floor']

/** What an app view costs beyond its floor: a fixed part (head, styles) weighs most on the shortest pages. */
function aboveFloor(apps: PageWeight[]): string {
  const extra = apps.map((w) => w.transferredBody - w.floorGzip).sort((a, b) => a - b)
  return `Bytes above the floor per app view: min ${bytes(extra[0])}, median ${bytes(Math.round(median(extra)))}, max ${bytes(extra.at(-1)!)}.`
}

/** Whether any page runs script: JS files downloaded or `<script>` elements in its HTML (an RSC payload is one). */
export function scriptNote(weights: PageWeight[]): string {
  const withScript = weights.filter((w) => w.js.count > 0 || w.inlineScript > 0)
  if (!withScript.length) return `Script: none on any of the ${weights.length} pages (0 JS files, 0 B of inline \`<script>\`, so no RSC payload either).`
  return `Script on ${withScript.length} of ${weights.length} pages: ${withScript.map((w) => `${w.page.path} (${w.js.count} JS files, ${bytes(w.js.transferred)}; ${bytes(w.inlineScript)} inline)`).join(', ')}.`
}

/**
 * The section's goals: the first visit to the policy page (`policy`, the first of its kind: kk) transfers at most
 * 2× its plain-HTML floor; every app view has no JS and stays within 1.2× of its floor.
 */
export function weightGoals(pages: PageWeight[], apps: PageWeight[]): Goal[] {
  const policy = pages.find((w) => w.page.kind === 'policy')
  const policyGoal: Goal = policy
    ? {
        what: `first visit to the policy page (\`${policy.page.path}\`): bytes transferred vs its plain-HTML floor`,
        goal: `≤ ${POLICY_FLOOR_RATIO}×`,
        measured: policy.status === 200 ? `${ratio(policy.ratio)} (${bytes(policy.transferredBody)} vs ${bytes(policy.floorGzip)})` : `HTTP ${policy.status}`,
        met: policy.status === 200 && policy.ratio <= POLICY_FLOOR_RATIO,
      }
    : {what: 'first visit to the policy page: bytes transferred vs its plain-HTML floor', goal: `≤ ${POLICY_FLOOR_RATIO}×`, measured: 'no policy page weighed', met: undefined}
  if (!apps.length) return [policyGoal]
  const jsBytes = Math.max(...apps.map((w) => w.js.transferred))
  const worst = apps.reduce((a, b) => (b.ratio > a.ratio ? b : a))
  const over = apps.filter((w) => w.ratio > APP_FLOOR_RATIO)
  return [
    policyGoal,
    {what: `app view JS, largest of ${apps.length} app views`, goal: '0 B', measured: bytes(jsBytes), met: jsBytes === 0 && apps.every((w) => w.js.count === 0)},
    {what: `app view weight vs floor, worst of ${apps.length} (${worst.page.path})`, goal: `≤ ${APP_FLOOR_RATIO}×`, measured: `${ratio(worst.ratio)}; ${over.length} of ${apps.length} over ${APP_FLOOR_RATIO}×${over.length ? ` (${over.map((w) => `${w.page.path} ${ratio(w.ratio)}`).join(', ')})` : ''}`, met: worst.ratio <= APP_FLOOR_RATIO},
  ]
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
    const failed = [...policy, ...apps].filter((w) => w.status !== expected(w))
    const first = policy.find((w) => w.page.kind === 'policy')
    const body = [
      'Each page loaded once in headless Chromium (Playwright, a fresh context: empty cache, as a first visit) from `next start`,',
      'until the network is idle. Raw = decoded bytes; gzip = the same bytes gzipped (zlib default level); "transferred" =',
      'response bodies as they crossed the wire (Next compresses with gzip), headers not counted. "inline script" = bytes inside',
      'the HTML\'s `<script>` elements (an RSC payload would be there); "other" holds images, icons and anything else.',
      'The floor is a plain HTML file of the page\'s `document.body.innerText` (one `<p>` per line), gzipped;',
      '"vs floor" = transferred / floor.',
      '',
      `**Every kind of page** (of \`${policyPages.find((p) => p.kind === 'policy')?.path.split('/')[2] ?? ''}\`; the 404 is a policy that does not exist):`,
      '',
      table(HEADER, policy.map(row)),
      '',
      scriptNote([...policy, ...apps]),
      '',
      '**App view of every policy:**',
      '',
      table(HEADER, allApps.map(row)),
      '',
      aboveFloor(allApps),
      ...(first ? ['', `**What the first visit to \`${first.page.path}\` downloads**, largest first:`, '', table(['path', 'type', 'raw', 'transferred'], first.resources.map((r) => [`\`${r.path.slice(0, 90)}\``, r.type, bytes(r.raw), bytes(r.transferred)]))] : []),
      ...(failed.length ? ['', `Pages that did not answer as expected: ${failed.map((w) => `${w.page.path} (${w.status}, expected ${expected(w)})`).join(', ')}.`] : []),
    ].join('\n')
    return {
      title: 'Page weight',
      body,
      goals: weightGoals(policy, allApps),
      ...(failed.length ? {error: `${failed.length} page(s) did not answer with their expected status`} : {}),
    }
  } finally {
    await browser.close()
  }
}
