// Section: the Studio on the local Content Lake (the server runs with LOCAL_CONTENT_LAKE=1). Two numbers:
// - Studio start to desk visible: a fresh browser opens /studio until the desk's "Policies" item shows (median of 3),
//   every non-loopback request refused as in the e2e;
// - publish → live through the Studio's API: the edit and publish actions the Studio sends to /data/actions, timed
//   from the publish request to the first page with the new text (the lake's webhook, /api/revalidate, the page).
import {setTimeout as sleep} from 'node:timers/promises'
import {chromium} from 'playwright-core'
import {chromiumArgs, chromiumPath} from './machine'
import {median, ms, table, type Goal, type SectionReport} from './markdown'

const DESK_GOAL_MS = 10_000
const PUBLISH_GOAL_MS = 2000
const TIMEOUT_MS = 30_000
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]'])

export type StudioOptions = {baseUrl: string; policyId: string; slug: string; locale: string; runs: number}

async function deskVisible(baseUrl: string): Promise<number> {
  const browser = await chromium.launch({executablePath: await chromiumPath(), args: chromiumArgs})
  try {
    const page = await browser.newPage()
    await page.route('**/*', (route) => (LOOPBACK.has(new URL(route.request().url()).hostname) ? route.continue() : route.abort()))
    const started = performance.now()
    await page.goto(`${baseUrl}/studio`)
    await page.getByTestId('pane-item-Policies').waitFor({timeout: TIMEOUT_MS})
    return performance.now() - started
  } finally {
    await browser.close()
  }
}

type Lake = {query<T>(query: string, params?: Record<string, unknown>): Promise<T>; act(actions: unknown[]): Promise<void>}

async function lakeAt(baseUrl: string): Promise<Lake> {
  const answer = await fetch(`${baseUrl}/api/content-lake`)
  if (!answer.ok) throw new Error(`${baseUrl}/api/content-lake answered ${answer.status}: is LOCAL_CONTENT_LAKE=1 set?`)
  const {apiHost} = (await answer.json()) as {apiHost: string}
  const api = `${apiHost}/v2025-02-19/data`
  return {
    async query<T>(query: string, params: Record<string, unknown> = {}) {
      const search = new URLSearchParams({query, perspective: 'raw'})
      for (const [name, value] of Object.entries(params)) search.set(`$${name}`, JSON.stringify(value))
      return ((await (await fetch(`${api}/query/production?${search}`)).json()) as {result: T}).result
    },
    async act(actions: unknown[]) {
      const response = await fetch(`${api}/actions/production`, {method: 'POST', headers: {'content-type': 'application/json'}, body: JSON.stringify({actions})})
      if (!response.ok) throw new Error(`/data/actions answered ${response.status}: ${await response.text()}`)
    },
  }
}

async function publishRun(baseUrl: string, lake: Lake, revisionId: string, path: string, pagePath: string, marker: string): Promise<number | undefined> {
  const text = await lake.query<string>(`*[_id == $id][0].${path}`, {id: revisionId})
  await lake.act([{actionType: 'sanity.action.document.edit', draftId: `drafts.${revisionId}`, publishedId: revisionId, patch: {set: {[path]: `${text.replace(/ bench-\w+$/, '')} ${marker}`}}}])
  const started = performance.now()
  await lake.act([{actionType: 'sanity.action.document.publish', draftId: `drafts.${revisionId}`, publishedId: revisionId}])
  while (performance.now() - started < TIMEOUT_MS) {
    if ((await (await fetch(baseUrl + pagePath, {cache: 'no-store'})).text()).includes(marker)) return performance.now() - started
    await sleep(25)
  }
  return undefined
}

export async function studioSection(options: StudioOptions): Promise<SectionReport> {
  const desk: number[] = []
  for (let i = 0; i < 3; i++) desk.push(await deskVisible(options.baseUrl))
  const lake = await lakeAt(options.baseUrl)
  const revisionId = await lake.query<string>('*[_type == "policyRevision" && policy._ref == $policy && !(_id in path("drafts.**"))] | order(version desc)[0]._id', {policy: options.policyId})
  const path = `sections[0].body.${options.locale}[0].children[0].text`
  const pagePath = `/${options.locale}/${options.slug}`
  const times: number[] = []
  let timeouts = 0
  for (let i = 0; i < options.runs; i++) {
    const took = await publishRun(options.baseUrl, lake, revisionId, path, pagePath, `bench-${Date.now().toString(36)}${i}`)
    if (took === undefined) timeouts += 1
    else times.push(took)
  }
  const goals: Goal[] = [
    {what: 'Studio start to desk visible (fresh browser, median of 3)', goal: `≤ ${DESK_GOAL_MS / 1000} s`, measured: ms(median(desk)), met: median(desk) <= DESK_GOAL_MS},
    {
      what: "publish through the Studio's API → new text on the page, median",
      goal: `≤ ${PUBLISH_GOAL_MS / 1000} s`,
      measured: times.length ? `${ms(median(times))}${timeouts ? `; ${timeouts} run(s) never showed it` : ''}` : 'never appeared',
      met: times.length > 0 && timeouts === 0 && median(times) <= PUBLISH_GOAL_MS,
    },
  ]
  return {
    title: 'Studio on the local Content Lake',
    body: [
      `\`next start\` with LOCAL_CONTENT_LAKE=1. Desk: a fresh Chromium per run opens \`/studio\` until the desk's Policies item`,
      `shows, non-loopback requests refused. Publish: ${options.runs} runs; each sends the Studio's edit action (a marker word at`,
      `the end of \`${path}\` of \`${revisionId}\`), then its publish action, and polls \`${pagePath}\` every 25 ms; time = from the`,
      'publish request to the first page with the marker (the lake signs and sends the webhook; the site revalidates).',
      '',
      table(['measure', 'runs', 'min', 'median', 'max'], [
        ['desk visible', desk.length, ms(Math.min(...desk)), ms(median(desk)), ms(Math.max(...desk))],
        ['publish → live', options.runs, ms(Math.min(...times)), ms(median(times)), ms(Math.max(...times))],
      ]),
    ].join('\n'),
    goals,
  }
}
