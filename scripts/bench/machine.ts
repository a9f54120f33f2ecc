// What the numbers were measured on: they mean little without it.
import {execFileSync} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import os from 'node:os'
import {chromiumArgs, findBrowser} from '../find-browser.mjs'
import {table} from './markdown'

/** The Chromium executable: the system one find-browser picked, or Playwright's own download. */
export async function chromiumPath(): Promise<string | undefined> {
  const found = await findBrowser()
  if (found !== 'playwright') return found
  const {chromium} = await import('playwright-core')
  return chromium.executablePath()
}

export {chromiumArgs}

function chromiumVersion(path: string | undefined): string {
  if (!path) return 'not found'
  try {
    return execFileSync(path, ['--version', ...chromiumArgs], {encoding: 'utf8', timeout: 15_000}).trim()
  } catch (error) {
    return `unknown (${(error as Error).message.split('\n')[0]})`
  }
}

function packageVersion(name: string): string {
  const file = `node_modules/${name}/package.json`
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as {version: string}).version : 'not installed'
}

export async function describeMachine(): Promise<string> {
  const cpus = os.cpus()
  const path = await chromiumPath()
  const rows: string[][] = [
    ['date', new Date().toISOString().replace('T', ' ').slice(0, 16) + ' UTC'],
    ['CPU', `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown'}`],
    ['memory', `${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`],
    ['OS', `${os.type()} ${os.release()} ${os.arch()}`],
    ['Node', process.version],
    ['Chromium', `${chromiumVersion(path)} (${path ?? '-'})`],
    ['Next.js / React', `${packageVersion('next')} / ${packageVersion('react')}`],
    ['Lighthouse / autocannon', `${packageVersion('lighthouse')} / ${packageVersion('autocannon')}`],
    ['load average at start', os.loadavg().map((n) => n.toFixed(2)).join(', ')],
  ]
  return table(['', ''], rows)
}
