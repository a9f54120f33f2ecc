#!/usr/bin/env node
// Makes sure Playwright has a Chromium to drive, without manual steps:
// 1. CHROMIUM_PATH, or Playwright's own browser if installed (a developer's laptop), or a system Chromium;
// 2. else, as root on Debian/Ubuntu, `apt-get install chromium` (machines that cannot download Playwright's build);
// 3. else `npx playwright install chromium`.
// Prints the executable it settled on ("playwright" for Playwright's own).
import {execSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {findBrowser} from './find-browser.mjs'

function run(command) {
  console.error(`[ensure-browser] ${command}`)
  execSync(command, {stdio: ['ignore', 'inherit', 'inherit']})
}

let found = await findBrowser()
if (!found) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    run('apt-get update -qq')
    run('DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-core')
  } else {
    run('npx playwright install chromium')
  }
  found = await findBrowser()
}
if (!found) {
  console.error('[ensure-browser] no Chromium found: install one and set CHROMIUM_PATH')
  process.exit(1)
}
console.log(`[ensure-browser] using ${found}`)
