// A LOCAL_DATASET that does not exist stops start-up with a message naming the path (not a page-by-page failure).
import {spawn} from 'node:child_process'
import {expect, test} from '@playwright/test'
import {servers} from './fixtures/servers'

test('the server refuses to start without its dataset, naming the path', async () => {
  test.setTimeout(60_000)
  const missing = '/nonexistent/dataset.ndjson'
  const child = spawn('npx', ['next', 'start', '-p', String(servers.main.port + 50)], {
    env: {...process.env, NEXT_DIST_DIR: servers.main.distDir, LOCAL_DATASET: missing, CONTENT_SOURCE: 'local', NEXT_TELEMETRY_DISABLED: '1'},
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
  expect(code).not.toBe(0)
  expect(code).not.toBeNull()
  expect(output).toContain(`Local dataset not found: ${missing}`)
})

// With CONTENT_SOURCE=sanity in production (`next start`), a missing webhook secret or read token stops start-up
// naming the variable (lib/server-env.ts, checked from instrumentation.ts).
async function startWithSanity(secrets: Record<string, string>): Promise<{code: number | null; output: string}> {
  const child = spawn('npx', ['next', 'start', '-p', String(servers.main.port + 51)], {
    env: {
      ...process.env,
      NEXT_DIST_DIR: servers.main.distDir,
      CONTENT_SOURCE: 'sanity',
      NEXT_PUBLIC_SANITY_PROJECT_ID: 'e2etest',
      SANITY_API_HOST: 'http://127.0.0.1:9',
      SANITY_REVALIDATE_SECRET: '',
      SANITY_API_READ_TOKEN: '',
      NEXT_TELEMETRY_DISABLED: '1',
      ...secrets,
    },
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

test('with the Sanity source, the server refuses to start without the webhook secret, naming it', async () => {
  test.setTimeout(60_000)
  const {code, output} = await startWithSanity({SANITY_API_READ_TOKEN: 'e2e-read-token'})
  expect(code).not.toBeNull()
  expect(code).not.toBe(0)
  expect(output).toContain('SANITY_REVALIDATE_SECRET: required when CONTENT_SOURCE=sanity')
  expect(output).not.toContain('SANITY_API_READ_TOKEN: required')
})

test('with the Sanity source, the server refuses to start without the read token, naming it', async () => {
  test.setTimeout(60_000)
  const {code, output} = await startWithSanity({SANITY_REVALIDATE_SECRET: 'e2e-webhook-secret'})
  expect(code).not.toBeNull()
  expect(code).not.toBe(0)
  expect(output).toContain('SANITY_API_READ_TOKEN: required when CONTENT_SOURCE=sanity')
  expect(output).not.toContain('SANITY_REVALIDATE_SECRET: required')
})
