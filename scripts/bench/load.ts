// Section 5: autocannon against a static policy page and the apps' JSON on `next start`. Traffic goes to the
// bench's own server on 127.0.0.1 only, for a bounded time.
import autocannon, {type Result} from 'autocannon'
import {bytes, ms, table, type Goal, type SectionReport} from './markdown'

export type LoadOptions = {baseUrl: string; paths: string[]; durationS: number; connections: number}

async function warmUp(url: string) {
  for (let i = 0; i < 5; i++) await (await fetch(url)).arrayBuffer()
}

export async function loadSection({baseUrl, paths, durationS, connections}: LoadOptions): Promise<SectionReport> {
  const results: {path: string; result: Result}[] = []
  for (const path of paths) {
    await warmUp(baseUrl + path)
    // Accept-Encoding as a browser sends it, so the server does the compression work it does for readers.
    results.push({path, result: await autocannon({url: baseUrl + path, connections, duration: durationS, timeout: 10, headers: {'accept-encoding': 'gzip'}})})
  }
  const rows = results.map(({path, result: r}) => [
    `\`${path}\``,
    Math.round(r.requests.average),
    r.requests.total,
    ms(r.latency.p50),
    ms(r.latency.p99),
    ms(r.latency.max),
    `${bytes(Math.round(r.throughput.average))}/s`,
    r.errors,
    r.timeouts,
    r.non2xx,
  ])
  const goals: Goal[] = results.map(({path, result: r}) => ({
    what: `errors under load, \`${path}\``,
    goal: '0 errors, 0 non-2xx',
    measured: `${r.errors} errors (${r.timeouts} timeouts), ${r.non2xx} non-2xx of ${r.requests.total}`,
    met: r.errors === 0 && r.non2xx === 0,
  }))
  return {
    title: 'Load',
    body: [
      `autocannon, ${connections} connections for ${durationS} s per URL, \`accept-encoding: gzip\`, after 5 warm-up requests;`,
      'client and server share the machine\'s cores.',
      '',
      table(['URL', 'requests/s (mean)', 'requests', 'p50', 'p99', 'max', 'throughput', 'errors', 'timeouts', 'non-2xx'], rows),
    ].join('\n'),
    goals,
  }
}
