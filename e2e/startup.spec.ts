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
