import {defineConfig, devices} from '@playwright/test'
import {chromiumArgs, findBrowser} from './scripts/find-browser.mjs'

const PORT = Number(process.env.E2E_PORT ?? 3100)
const browser = await findBrowser()
const executablePath = browser && browser !== 'playwright' ? browser : undefined

export default defineConfig({
  testDir: './e2e',
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
    // A production build on a dataset of its own (demo + a policy dated relative to today + broken documents).
    command: `npx tsx e2e/fixtures/write-dataset.ts && npx next build && npx next start -p ${PORT}`,
    url: `http://127.0.0.1:${PORT}/kk`,
    timeout: 300_000,
    reuseExistingServer: !process.env.CI,
    stdout: 'pipe',
    env: {
      NEXT_DIST_DIR: '.next-e2e',
      LOCAL_DATASET: '.cache/e2e/dataset.ndjson',
      SITE_URL: `http://127.0.0.1:${PORT}`,
      SANITY_REVALIDATE_SECRET: 'e2e-webhook-secret',
      NEXT_TELEMETRY_DISABLED: '1',
      CONTENT_SOURCE: 'local',
    },
  },
})
