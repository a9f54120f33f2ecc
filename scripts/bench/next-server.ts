// `next start` of a bench build on a port of the bench's own (3300–3399), stopped by its process group.
import {execFileSync, spawn} from 'node:child_process'
import {createWriteStream, mkdirSync} from 'node:fs'
import {dirname} from 'node:path'
import {setTimeout as sleep} from 'node:timers/promises'
import {NEXT_BIN, siteEnv} from './next-build'

export type Server = {url: string; stop: () => Promise<void>}

export type ServerOptions = {distDir: string; dataset: string; port: number; logFile: string; env?: Record<string, string>}

/** Frees the port from a bench server left over by an interrupted run (the bench's ports only). */
function freePort(port: number) {
  if (port < 3300 || port > 3399) throw new Error(`port ${port} is outside the bench's range 3300-3399`)
  try {
    execFileSync('fuser', ['-k', `${port}/tcp`], {stdio: 'ignore'})
  } catch {
    // nothing listened there, or fuser is missing
  }
}

async function waitUntilUp(url: string, exited: () => boolean, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (exited()) throw new Error('next start exited before answering')
    try {
      const response = await fetch(url, {redirect: 'manual', signal: AbortSignal.timeout(5000)})
      if (response.status < 500) return
    } catch {
      // not listening yet
    }
    await sleep(200)
  }
  throw new Error(`next start did not answer ${url} within ${timeoutMs / 1000} s`)
}

export async function startServer(options: ServerOptions): Promise<Server> {
  freePort(options.port)
  mkdirSync(dirname(options.logFile), {recursive: true})
  const log = createWriteStream(options.logFile)
  const child = spawn(process.execPath, [NEXT_BIN, 'start', '-p', String(options.port), '-H', '127.0.0.1'], {
    env: siteEnv({...options, siteUrl: `http://127.0.0.1:${options.port}`}),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, so stop() ends whatever it started and nothing else
  })
  child.stdout!.pipe(log)
  child.stderr!.pipe(log)
  let exited = false
  const done = new Promise<void>((resolve) => child.on('exit', () => ((exited = true), resolve())))
  const url = `http://127.0.0.1:${options.port}`
  const stop = async () => {
    if (!exited) {
      process.kill(-child.pid!, 'SIGTERM')
      const killed = await Promise.race([done.then(() => true), sleep(5000).then(() => false)])
      if (!killed) process.kill(-child.pid!, 'SIGKILL')
    }
    log.end()
  }
  try {
    await waitUntilUp(`${url}/`, () => exited)
  } catch (error) {
    await stop()
    throw error
  }
  return {url, stop}
}
