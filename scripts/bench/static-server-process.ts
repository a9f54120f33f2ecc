// Starts and stops static-server.ts in a process of its own (its own event loop and core, like `next start`), and
// fetches the body it serves: a page from the Next server, as Next sent it gzipped.
import {spawn} from 'node:child_process'
import {mkdirSync, writeFileSync} from 'node:fs'
import {request} from 'node:http'
import {join} from 'node:path'
import {createInterface} from 'node:readline'
import {setTimeout as sleep} from 'node:timers/promises'
import {gzipSync} from 'node:zlib'

const SCRIPT = 'scripts/bench/static-server.ts'

export type Compressed = {
  /** The gzipped body. */
  body: Buffer
  contentType: string
  /** Who gzipped it: Next (the bytes as it sent them) or the bench (Next sent them uncompressed). */
  gzippedBy: 'next' | 'bench'
}

/** GETs `url` once with `accept-encoding: gzip` and keeps the bytes as they came (fetch would unpack them). */
export function fetchCompressed(url: string): Promise<Compressed> {
  return new Promise((resolve, reject) => {
    const req = request(url, {headers: {'accept-encoding': 'gzip'}, timeout: 30_000}, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('error', reject)
      response.on('end', () => {
        if (response.statusCode !== 200) return reject(new Error(`${url} answered ${response.statusCode}`))
        const body = Buffer.concat(chunks)
        const encoding = response.headers['content-encoding'] ?? 'identity'
        if (encoding !== 'gzip' && encoding !== 'identity') return reject(new Error(`${url} answered in ${encoding}, not gzip`))
        resolve({body: encoding === 'gzip' ? body : gzipSync(body), contentType: response.headers['content-type'] ?? 'application/octet-stream', gzippedBy: encoding === 'gzip' ? 'next' : 'bench'})
      })
    })
    req.on('timeout', () => req.destroy(new Error(`${url} did not answer within 30 s`)))
    req.on('error', reject)
    req.end()
  })
}

export type StaticServer = {url: string; pid: number; stop: () => Promise<void>}

export type StaticMode = 'precompressed' | 'per-request'

/**
 * Serves `body` (gzipped) from a new process on 127.0.0.1, as compressed once in advance or gzipped again for every
 * request; it ends on `stop()`, with the bench, or after `maxSeconds`.
 */
export async function startStaticServer({body, contentType, workDir, maxSeconds, mode = 'precompressed'}: {body: Buffer; contentType: string; workDir: string; maxSeconds: number; mode?: StaticMode}): Promise<StaticServer> {
  mkdirSync(workDir, {recursive: true})
  const file = join(workDir, 'static-server.body.gz')
  writeFileSync(file, body)
  const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, file, contentType, String(maxSeconds), mode], {stdio: ['pipe', 'pipe', 'pipe']})
  let stderr = ''
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    child.stdin!.end() // it exits when its stdin closes
    if (!(await Promise.race([exited.then(() => true), sleep(5000, false, {ref: false})]))) {
      child.kill('SIGKILL')
      await exited
    }
  }
  const lines = createInterface({input: child.stdout!})
  const listening = new Promise<number>((resolve, reject) => {
    lines.once('line', (line) => {
      try {
        resolve((JSON.parse(line) as {port: number}).port)
      } catch {
        reject(new Error(`the static server said ${JSON.stringify(line)} instead of its port`))
      }
    })
    exited.then((code) => reject(new Error(`the static server exited (code ${code}) before listening: ${stderr.trim().split('\n')[0] ?? ''}`)))
  })
  try {
    const port = await Promise.race([listening, sleep(30_000, undefined, {ref: false}).then(() => Promise.reject(new Error('the static server did not listen within 30 s')))])
    return {url: `http://127.0.0.1:${port}`, pid: child.pid!, stop}
  } catch (error) {
    await stop()
    throw error
  } finally {
    lines.close()
    child.stdout!.resume() // nothing more is read from it, and nothing may block on it
  }
}
