// Section 5: autocannon against the policy page on `next start` and, in the same run with the same client, against a
// minimal node:http server answering the very same gzipped bytes (static-server.ts): how much of a static server's
// throughput Next keeps. Then the apps' JSON on `next start`. Traffic goes to the bench's own servers on 127.0.0.1
// only, for a bounded time.
import autocannon, {type Result} from 'autocannon'
import {bytes, ms, table, type Goal, type SectionReport} from './markdown'
import {fetchCompressed, startStaticServer} from './static-server-process'

export const NEXT_VS_STATIC_GOAL = 0.35

export type LoadOptions = {baseUrl: string; pagePath: string; apiPath: string; durationS: number; connections: number; workDir: string}

type Run = {server: string; path: string; result: Result}

async function warmUp(url: string) {
  for (let i = 0; i < 5; i++) await (await fetch(url, {headers: {'accept-encoding': 'gzip'}})).arrayBuffer()
}

async function hammer(url: string, durationS: number, connections: number): Promise<Result> {
  await warmUp(url)
  // Accept-Encoding as a browser sends it, so the server does the compression work it does for readers.
  return autocannon({url, connections, duration: durationS, timeout: 10, headers: {'accept-encoding': 'gzip'}})
}

const clean = (r: Result) => r.errors === 0 && r.non2xx === 0

/**
 * Next's requests/s as a share of the static server's, on the same page; at least 35 %. `how` names the static
 * server's way of compressing: the goal is held against the one doing Next's work per request.
 */
export function throughputGoal(path: string, next: Result, staticServer: Result, how = 'gzipping each response'): Goal {
  const share = next.requests.average / staticServer.requests.average
  const what = `\`${path}\` requests/s, \`next start\` vs a static node:http server of the same gzipped bytes, ${how}`
  const goal = `≥ ${Math.round(NEXT_VS_STATIC_GOAL * 100)} %`
  if (!clean(staticServer) || !(staticServer.requests.average > 0))
    return {what, goal, measured: `not comparable: the static server had ${staticServer.errors} errors, ${staticServer.non2xx} non-2xx`, met: undefined}
  const measured = `${(share * 100).toFixed(0)} % (${Math.round(next.requests.average)} vs ${Math.round(staticServer.requests.average)} requests/s)${clean(next) ? '' : `; Next had ${next.errors} errors, ${next.non2xx} non-2xx`}`
  return {what, goal, measured, met: clean(next) && share >= NEXT_VS_STATIC_GOAL}
}

const perResponse = (r: Result) => (r.requests.total > 0 ? bytes(Math.round(r.throughput.total / r.requests.total)) : '-')

export async function loadSection({baseUrl, pagePath, apiPath, durationS, connections, workDir}: LoadOptions): Promise<SectionReport> {
  const runs: Run[] = []
  const page = await fetchCompressed(baseUrl + pagePath)
  runs.push({server: '`next start`', path: pagePath, result: await hammer(baseUrl + pagePath, durationS, connections)})
  // Bounded: it ends by itself a minute after its run should have, should stop() never come.
  for (const mode of ['per-request', 'precompressed'] as const) {
    const staticServer = await startStaticServer({body: page.body, contentType: page.contentType, workDir, maxSeconds: durationS + 60, mode})
    try {
      runs.push({server: `static node:http, gzip ${mode === 'per-request' ? 'per request' : 'once in advance'}`, path: pagePath, result: await hammer(staticServer.url + pagePath, durationS, connections)})
    } finally {
      await staticServer.stop()
    }
  }
  runs.push({server: '`next start`', path: apiPath, result: await hammer(baseUrl + apiPath, durationS, connections)})
  const rows = runs.map(({server, path, result: r}) => [
    `\`${path}\``,
    server,
    Math.round(r.requests.average),
    r.requests.total,
    ms(r.latency.p50),
    ms(r.latency.p99),
    ms(r.latency.max),
    perResponse(r),
    `${bytes(Math.round(r.throughput.average))}/s`,
    r.errors,
    r.timeouts,
    r.non2xx,
  ])
  const [next, perRequest, precompressed] = runs
  const floor = throughputGoal(pagePath, next.result, precompressed.result, 'compressed once in advance')
  const goals: Goal[] = [
    throughputGoal(pagePath, next.result, perRequest.result),
    // The absolute floor, for the record: no server that compresses per request can reach it.
    {...floor, goal: `${floor.goal} (for the record)`, met: undefined},
    ...runs
      .filter((run) => run !== perRequest && run !== precompressed)
      .map(({path, result: r}) => ({
        what: `errors under load, \`${path}\``,
        goal: '0 errors, 0 non-2xx',
        measured: `${r.errors} errors (${r.timeouts} timeouts), ${r.non2xx} non-2xx of ${r.requests.total}`,
        met: clean(r),
      })),
  ]
  return {
    title: 'Load',
    body: [
      `autocannon, ${connections} connections for ${durationS} s per row, \`accept-encoding: gzip\`, after 5 warm-up requests, one row`,
      'after the other; client and servers share the machine\'s cores.',
      `"static node:http" is \`scripts/bench/static-server.ts\` in a process of its own on 127.0.0.1: every request gets the`,
      `\`${pagePath}\` body fetched once from \`next start\` before the runs (${bytes(page.body.length)} gzipped${page.gzippedBy === 'bench' ? ' by the bench: Next sent it uncompressed' : ', the bytes Next sent'}),`,
      `with \`content-encoding: gzip\` and Next's content type (\`${page.contentType}\`): the throughput of serving that page with no`,
      'framework at all. Run twice: gzipping the page again for every request (zlib\'s default level, the work Next\'s',
      'compression does per response: the yardstick of the goal) and sending bytes compressed once in advance (the floor).',
      '"per response" = bytes received (headers and body, as on the wire) / responses.',
      '',
      table(['URL', 'server', 'requests/s (mean)', 'requests', 'p50', 'p99', 'max', 'per response', 'throughput', 'errors', 'timeouts', 'non-2xx'], rows),
    ].join('\n'),
    goals,
  }
}
