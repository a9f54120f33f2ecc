import {defineConfig, devices} from '@playwright/test'
import {servers} from './e2e/fixtures/servers'
import {chromiumArgs, findBrowser} from './scripts/find-browser.mjs'

const PORT = servers.main.port
const browser = await findBrowser()
const executablePath = browser && browser !== 'playwright' ? browser : undefined

export default defineConfig({
  testDir: './e2e',
  // Per port base, so two suites running side by side keep each other's traces.
  outputDir: `test-results/${PORT}`,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 30_000,
  reporter: process.env.CI ? [['list'], ['html', {open: 'never'}]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: {executablePath, args: chromiumArgs},
  },
  projects: [{name: 'chromium', use: {...devices['Desktop Chrome'], launchOptions: {executablePath, args: chromiumArgs}}}],
  webServer: {
    // One production build, served three times (read-only, publish, Sanity source): see e2e/fixtures/serve.ts.
    command: 'npx tsx e2e/fixtures/serve.ts',
    url: `http://127.0.0.1:${PORT}/kk`,
    timeout: 600_000,
    reuseExistingServer: !process.env.CI,
    stdout: 'pipe',
    gracefulShutdown: {signal: 'SIGTERM', timeout: 5_000},
  },
})
