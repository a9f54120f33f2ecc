// Bad settings stop start-up with a message naming them, not a page-by-page failure: a LOCAL_DATASET that does not
// exist, and with CONTENT_SOURCE=sanity in production a missing webhook secret, read token or SITE_URL
// (lib/server-env.ts, lib/env.ts, checked from instrumentation.ts).
import {spawn} from 'node:child_process'
import {expect, test} from '@playwright/test'
import {servers} from './fixtures/servers'

/** Starts `next start` on the e2e build with `env`, and waits for it to exit (null: still up after 45 s). */
async function start(port: number, env: Record<string, string>): Promise<{code: number | null; output: string}> {
  const child = spawn('npx', ['next', 'start', '-p', String(port)], {
    env: {...process.env, NEXT_DIST_DIR: servers.main.distDir, NEXT_TELEMETRY_DISABLED: '1', ...env},
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      resolve(null)
    }, 45_000)
    child.on('exit', (exitCode) => {
      clearTimeout(timer)
      resolve(exitCode)
    })
  })
  return {code, output}
}

const withSanity = (secrets: Record<string, string>) =>
  start(servers.main.port + 51, {
    CONTENT_SOURCE: 'sanity',
    NEXT_PUBLIC_SANITY_PROJECT_ID: 'e2etest',
    SANITY_API_HOST: 'http://127.0.0.1:9',
    SANITY_REVALIDATE_SECRET: '',
    SANITY_API_READ_TOKEN: '',
    SITE_URL: 'https://policies.example.kz',
    ...secrets,
  })

test('the server refuses to start without its dataset, naming the path', async () => {
  test.setTimeout(60_000)
  const missing = '/nonexistent/dataset.ndjson'
  const {code, output} = await start(servers.main.port + 50, {LOCAL_DATASET: missing, CONTENT_SOURCE: 'local'})
  expect(code).not.toBeNull()
  expect(code).not.toBe(0)
  expect(output).toContain(`Local dataset not found: ${missing}`)
})

test('with the Sanity source, the server refuses to start without the webhook secret, naming it', async () => {
  test.setTimeout(60_000)
  const {code, output} = await withSanity({SANITY_API_READ_TOKEN: 'e2e-read-token'})
  expect(code).not.toBeNull()
  expect(code).not.toBe(0)
  expect(output).toContain('SANITY_REVALIDATE_SECRET: required when CONTENT_SOURCE=sanity')
  expect(output).not.toContain('SANITY_API_READ_TOKEN: required')
})

test('with the Sanity source, the server refuses to start without the read token, naming it', async () => {
  test.setTimeout(60_000)
  const {code, output} = await withSanity({SANITY_REVALIDATE_SECRET: 'e2e-webhook-secret'})
  expect(code).not.toBeNull()
  expect(code).not.toBe(0)
  expect(output).toContain('SANITY_API_READ_TOKEN: required when CONTENT_SOURCE=sanity')
  expect(output).not.toContain('SANITY_REVALIDATE_SECRET: required')
})

test('with the Sanity source, the server refuses to start without SITE_URL, naming it', async () => {
  test.setTimeout(60_000)
  const {code, output} = await withSanity({SANITY_REVALIDATE_SECRET: 'e2e-webhook-secret', SANITY_API_READ_TOKEN: 'e2e-read-token', SITE_URL: ''})
  expect(code).not.toBeNull()
  expect(code).not.toBe(0)
  expect(output).toContain('SITE_URL: required when CONTENT_SOURCE=sanity')
})
