// Where Chromium is: CHROMIUM_PATH, Playwright's own download, or a system install. Shared by Playwright's
// config, the browser installer and the benchmarks.
import {existsSync} from 'node:fs'

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/snap/bin/chromium']

/** Resolves to 'playwright' (Playwright's own browser), an executable path, or undefined. */
export async function findBrowser() {
  if (process.env.CHROMIUM_PATH) return existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : undefined
  try {
    const {chromium} = await import('playwright-core')
    if (existsSync(chromium.executablePath())) return 'playwright'
  } catch {
    // playwright-core missing or without a registry entry for this platform: look for a system browser.
  }
  return SYSTEM_PATHS.find((path) => existsSync(path))
}

/** Flags for a headless Chromium on a machine with no network beyond localhost. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
]
