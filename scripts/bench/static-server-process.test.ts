import {request, createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {gunzipSync, gzipSync} from 'node:zlib'
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest'
import {fetchCompressed, startStaticServer} from './static-server-process'

const page = '<!doctype html><html lang="kk"><title>Құпиялылық</title><p>' + 'дерек '.repeat(400) + '</p></html>'
// Level 1, not zlib's default: bytes the bench could not have produced by gzipping the page again itself.
const sentGzip = gzipSync(page, {level: 1})
const workDir = mkdtempSync(join(tmpdir(), 'static-server-'))
let origin: Server
let originUrl = ''

/** GET without unpacking: status, headers and the bytes as sent. */
function rawGet(url: string): Promise<{status: number; headers: Record<string, string | string[] | undefined>; body: Buffer}> {
  return new Promise((resolve, reject) => {
    request(url, {headers: {'accept-encoding': 'gzip'}}, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => resolve({status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks)}))
    })
      .on('error', reject)
      .end()
  })
}

beforeAll(async () => {
  // A stand-in for `next start`: gzip when asked on /gzip, plain on /plain, 404 elsewhere.
  origin = createServer((req, res) => {
    if (req.url === '/gzip' && req.headers['accept-encoding'] === 'gzip') return void res.writeHead(200, {'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip'}).end(sentGzip)
    if (req.url === '/plain') return void res.writeHead(200, {'content-type': 'text/html; charset=utf-8'}).end(page)
    res.writeHead(404).end()
  })
  await new Promise<void>((resolve) => origin.listen(0, '127.0.0.1', resolve))
  originUrl = `http://127.0.0.1:${(origin.address() as AddressInfo).port}`
})

afterAll(() => {
  origin.close()
  rmSync(workDir, {recursive: true, force: true})
})

describe('fetchCompressed', () => {
  it('keeps the gzipped bytes exactly as the server sent them, with their content type', async () => {
    const got = await fetchCompressed(`${originUrl}/gzip`)
    expect(got.body.equals(sentGzip)).toBe(true)
    expect(got).toMatchObject({contentType: 'text/html; charset=utf-8', gzippedBy: 'next'})
  })

  it('gzips a body the server sent plain, says so, and refuses a page that is not 200', async () => {
    const got = await fetchCompressed(`${originUrl}/plain`)
    expect(got.gzippedBy).toBe('bench')
    expect(gunzipSync(got.body).toString()).toBe(page)
    await expect(fetchCompressed(`${originUrl}/missing`)).rejects.toThrow(/404/)
  })
})

describe('startStaticServer', () => {
  it('answers every request with the same gzipped bytes and content type from its own process on 127.0.0.1, until stopped', async () => {
    const server = await startStaticServer({body: sentGzip, contentType: 'text/html; charset=utf-8', workDir, maxSeconds: 60})
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      expect(server.pid).not.toBe(process.pid)
      expect(process.kill(server.pid, 0)).toBe(true) // alive
      for (const path of ['/', '/kk/privacy']) {
        const got = await rawGet(server.url + path)
        expect(got.status).toBe(200)
        expect(got.headers).toMatchObject({'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip', 'content-length': String(sentGzip.length)})
        expect(got.body.equals(sentGzip)).toBe(true)
      }
    } finally {
      await server.stop()
    }
    await expect(rawGet(server.url)).rejects.toThrow(/ECONNREFUSED/)
    expect(() => process.kill(server.pid, 0)).toThrow(/ESRCH/) // the process is gone, not just the socket
  }, 30_000)

  it('per request: gzips the page again for every request (zlib default level), the same text as sent', async () => {
    const server = await startStaticServer({body: sentGzip, contentType: 'text/html', workDir, maxSeconds: 60, mode: 'per-request'})
    try {
      const got = await rawGet(server.url)
      expect(got.headers['content-encoding']).toBe('gzip')
      // Not the level-1 bytes it was given: compressed again, at the level Next's compression uses.
      expect(got.body.equals(sentGzip)).toBe(false)
      expect(got.body.equals(gzipSync(page))).toBe(true)
      expect(gunzipSync(got.body).toString()).toBe(page)
    } finally {
      await server.stop()
    }
  }, 30_000)

  it('stops by itself after maxSeconds when nobody stops it', async () => {
    const server = await startStaticServer({body: sentGzip, contentType: 'text/html', workDir, maxSeconds: 1})
    try {
      expect((await rawGet(server.url)).status).toBe(200)
      await vi.waitFor(() => expect(rawGet(server.url)).rejects.toThrow(/ECONNREFUSED/), {timeout: 10_000, interval: 200})
    } finally {
      await server.stop()
    }
  }, 30_000)
})
