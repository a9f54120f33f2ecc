#!/usr/bin/env node
/**
 * Smoke test of the standalone server of a finished build (`npm run build`, which runs `next build` and then
 * scripts/standalone-assets.mjs): starts `node <distDir>/standalone/server.js` on loopback, checks that a reader
 * page, the apps' JSON, a file of the Studio's bundle and the favicon are served, stops it, and exits 0; else prints
 * what failed (and the server's output) and exits 1. It builds nothing.
 *
 *   node scripts/smoke-standalone.mjs [--dist DIR] [--port N] [--timeout SECONDS]
 *
 *   --dist      the build's distDir (default: NEXT_DIST_DIR, else `.next`)
 *   --port      port to listen on (default: a free one chosen by the system)
 *   --timeout   the whole run's limit, start-up included (default 90)
 *
 * The server gets this process's environment (LOCAL_DATASET, CONTENT_SOURCE, …) with HOSTNAME=127.0.0.1 and PORT;
 * a relative LOCAL_DATASET is made absolute first, since server.js runs in its own folder.
 */
import {spawn} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import {createServer} from 'node:net'
import path from 'node:path'
import {parseArgs} from 'node:util'

const {values: args} = parseArgs({
  options: {
    dist: {type: 'string', default: process.env.NEXT_DIST_DIR || '.next'},
    port: {type: 'string'},
    timeout: {type: 'string', default: '90'},
  },
})
const deadline = Date.now() + Number(args.timeout) * 1000
const distDir = path.resolve(args.dist)

/** Where server.js is, and the dist folder it reads (`./<distDir>` beside it), as Next wrote them. */
function layout() {
  const manifestFile = path.join(distDir, 'required-server-files.json')
  const manifest = existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, 'utf8')) : {config: {}}
  const serverDir = path.join(distDir, 'standalone', manifest.relativeAppDir ?? '')
  return {script: path.join(serverDir, 'server.js'), serverDist: path.join(serverDir, manifest.config.distDir ?? '.next')}
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const {port} = probe.address()
      probe.close(() => resolve(port))
    })
  })
}

const failures = []
const output = []
let server
let exited = null

function stop() {
  if (!server || exited) return Promise.resolve()
  return new Promise((resolve) => {
    const kill = (signal) => {
      try {
        process.kill(-server.pid, signal) // the server's whole process group
      } catch {
        // already gone
      }
    }
    const force = setTimeout(() => kill('SIGKILL'), 5000)
    server.once('exit', () => {
      clearTimeout(force)
      resolve()
    })
    kill('SIGTERM')
  })
}

let finishing
/** Stops the server and exits, once: what failed until then is the verdict. */
function finish() {
  finishing ??= (async () => {
    const verdict = [...failures]
    await stop()
    if (verdict.length === 0) {
      console.log('smoke-standalone: ok')
      process.exit(0)
    }
    for (const failure of verdict) console.error(`FAIL ${failure}`)
    if (output.length) console.error(`--- server output (last lines) ---\n${output.join('').split('\n').slice(-40).join('\n')}`)
    process.exit(1)
  })()
  return finishing
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    failures.push(`interrupted (${signal})`)
    void finish()
  })
}
const watchdog = setTimeout(() => {
  failures.push(`not finished within ${args.timeout} s`)
  void finish()
}, deadline - Date.now())
watchdog.unref()

/** A request bounded by what is left of the deadline (and 15 s at most). */
async function get(url, init = {}) {
  const ms = Math.max(1, Math.min(15_000, deadline - Date.now()))
  return fetch(url, {redirect: 'manual', ...init, signal: AbortSignal.timeout(ms)})
}

async function check(name, fn) {
  try {
    const detail = await fn()
    console.log(`ok   ${name}${detail ? `  (${detail})` : ''}`)
  } catch (error) {
    failures.push(`${name}: ${error instanceof Error ? error.message : String(error)}`)
  }
}

function expect(condition, message) {
  if (!condition) throw new Error(message)
}

async function main() {
  const {script, serverDist} = layout()
  if (!existsSync(script)) {
    failures.push(`${path.relative(process.cwd(), script)} not found: build with output: 'standalone' (npm run build) first`)
    return finish()
  }
  if (!existsSync(path.join(serverDist, 'static'))) {
    failures.push(`${path.relative(process.cwd(), path.join(serverDist, 'static'))} missing (scripts/standalone-assets.mjs not run after next build?)`)
  }

  const port = args.port ? Number(args.port) : await freePort()
  const origin = `http://127.0.0.1:${port}`
  const env = {...process.env, HOSTNAME: '127.0.0.1', PORT: String(port), NEXT_TELEMETRY_DISABLED: '1'}
  if (env.LOCAL_DATASET) env.LOCAL_DATASET = path.resolve(env.LOCAL_DATASET)
  const started = Date.now()
  server = spawn(process.execPath, [script], {env, detached: true, stdio: ['ignore', 'pipe', 'pipe']})
  server.stdout.on('data', (chunk) => output.push(String(chunk)))
  server.stderr.on('data', (chunk) => output.push(String(chunk)))
  server.on('exit', (code, signal) => {
    exited = {code, signal}
  })

  // Up when it answers anything at all.
  for (;;) {
    if (exited) {
      failures.push(`server exited during start-up (code ${exited.code}, signal ${exited.signal})`)
      return finish()
    }
    if (Date.now() > deadline) {
      failures.push(`server did not answer on ${origin} within ${args.timeout} s`)
      return finish()
    }
    try {
      await fetch(`${origin}/favicon.ico`, {signal: AbortSignal.timeout(Math.max(1, Math.min(1000, deadline - Date.now())))})
      break
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
  }
  console.log(`smoke-standalone: ${path.relative(process.cwd(), script)} answering on ${origin} after ${Date.now() - started} ms`)

  await check('GET /kk/privacy', async () => {
    const response = await get(`${origin}/kk/privacy`)
    const body = await response.text()
    expect(response.status === 200, `status ${response.status}`)
    expect(response.headers.get('content-type')?.startsWith('text/html'), `content-type ${response.headers.get('content-type')}`)
    expect(body.includes('<html lang="kk">'), 'no <html lang="kk">')
    expect(!/<script/i.test(body), 'has a <script')
    return `${body.length} chars, cache-control: ${response.headers.get('cache-control')}`
  })
  await check('GET /api/policies/privacy', async () => {
    const response = await get(`${origin}/api/policies/privacy`)
    const body = await response.text()
    expect(response.status === 200, `status ${response.status}`)
    expect(response.headers.get('content-type')?.includes('application/json'), `content-type ${response.headers.get('content-type')}`)
    const json = JSON.parse(body)
    expect(json.slug === 'privacy', `slug ${JSON.stringify(json.slug)}`)
    return `etag ${response.headers.get('etag')}`
  })
  await check('GET /_next/static/… of /studio', async () => {
    const page = await get(`${origin}/studio`)
    const html = await page.text()
    expect(page.status === 200, `/studio status ${page.status}`)
    const asset = html.match(/\/_next\/static\/[^"'\s<>?]+/)?.[0]
    expect(asset, '/studio references no /_next/static file')
    const response = await get(`${origin}${asset}`)
    await response.arrayBuffer()
    expect(response.status === 200, `${asset}: status ${response.status}`)
    return `${asset}, cache-control: ${response.headers.get('cache-control')}`
  })
  await check('GET /favicon.ico', async () => {
    const response = await get(`${origin}/favicon.ico`)
    const bytes = (await response.arrayBuffer()).byteLength
    expect(response.status === 200, `status ${response.status}`)
    expect(bytes > 0, 'empty')
    return `${bytes} bytes`
  })
  if (exited) failures.push(`server exited during the checks (code ${exited.code}, signal ${exited.signal})`)
  return finish()
}

main().catch((error) => {
  failures.push(error instanceof Error ? error.stack ?? error.message : String(error))
  void finish()
})
