// The framework floor for Lighthouse: a bare Next.js App Router page (scripts/bench/framework-floor/, Next's
// defaults, no CSS, fonts or i18n) holding the policy page's visible text as plain paragraphs, built and served
// like the site. What the policy page costs beyond it is ours; what the floor itself costs is the framework's.
import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {chromiumArgs, chromiumPath} from './machine'
import {buildSite} from './next-build'
import {startServer, type Server} from './next-server'

const APP_DIR = 'scripts/bench/framework-floor'

/** What a reader sees on `url`: its text (as `innerText` gives it), title and language. */
async function visibleText(url: string) {
  const {chromium} = await import('playwright-core')
  const browser = await chromium.launch({executablePath: await chromiumPath(), args: chromiumArgs})
  try {
    const tab = await browser.newPage()
    await tab.goto(url, {waitUntil: 'load'})
    return await tab.evaluate(() => ({text: document.body.innerText, title: document.title, lang: document.documentElement.lang}))
  } finally {
    await browser.close()
  }
}

/** Builds and starts the floor with the text of `pageUrl`; stop the returned server when done. */
export async function startFrameworkFloor({pageUrl, workDir, port}: {pageUrl: string; workDir: string; port: number}): Promise<Server> {
  const textFile = join(workDir, 'framework-floor.json')
  writeFileSync(textFile, JSON.stringify(await visibleText(pageUrl)))
  const distDir = '.next-bench-floor'
  const env = {FLOOR_TEXT_FILE: textFile}
  const build = await buildSite({distDir, dataset: '', siteUrl: '', logFile: join(workDir, 'framework-floor.build.log'), cold: true, appDir: APP_DIR, env})
  if (build.exitCode !== 0) throw new Error(`next build of the framework floor failed (exit ${build.exitCode}); log: ${build.logFile}`)
  return startServer({distDir, dataset: '', port, logFile: join(workDir, 'framework-floor.server.log'), appDir: APP_DIR, env})
}
