import {mkdtempSync, readdirSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {nodeFs} from 'next/dist/server/lib/node-fs-methods.js'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import FoundOnlyCache, {alwaysStored} from './found-only-cache.mjs'

// Keys as Next's IncrementalCache builds them for a route handler (lib/route-cache-key.js).
const key = (path: string) => `/route-cache/APP_ROUTE/0123abcd/$${path}`
const route = (status: number) => ({kind: 'APP_ROUTE', status, body: Buffer.from(`<p>${status}</p>`), headers: {'content-type': 'text/html'}})
const ctx = {cacheControl: {revalidate: 300, expire: 86_400}, isFallback: false}

function files(dir: string): string[] {
  return readdirSync(dir, {recursive: true, withFileTypes: true}).filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name))
}

describe('FoundOnlyCache', () => {
  let dir: string
  let cache: FoundOnlyCache
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'found-only-'))
    cache = new FoundOnlyCache({fs: nodeFs, flushToDisk: true, serverDistDir: join(dir, 'server'), revalidatedTags: []})
  })
  afterEach(() => rmSync(dir, {recursive: true, force: true}))

  it('writes nothing for the 404s (and redirects) of URLs that hold nothing, whatever their names', async () => {
    const paths = ['/kk/nope', '/kk/privacy/v/99', '/kk/privacy/compare/2/1', '/kk/a\r\nb', `/kk/${'x'.repeat(300)}`]
    for (const path of paths) await cache.set(key(path), route(path.includes('compare') ? 308 : 404), ctx)
    expect(files(dir)).toEqual([])
    expect(await cache.get(key('/kk/nope'), {kind: 'APP_ROUTE'})).toBeNull()
  })

  it('stores a 200 as Next does', async () => {
    await cache.set(key('/kk/privacy'), route(200), ctx)
    expect(files(dir).map((f) => f.slice(dir.length))).toEqual(expect.arrayContaining([expect.stringMatching(/privacy\.body$/), expect.stringMatching(/privacy\.meta$/)]))
    expect(await cache.get(key('/kk/privacy'), {kind: 'APP_ROUTE'})).toMatchObject({value: {status: 200}})
  })

  it('replaces a stored page by its 404 (a removed policy is not served stale forever)', async () => {
    await cache.set(key('/kk/gone'), route(200), ctx)
    await cache.set(key('/kk/gone'), route(404), ctx)
    expect(await cache.get(key('/kk/gone'), {kind: 'APP_ROUTE'})).toMatchObject({value: {status: 404}})
  })

  it('keeps everything else as Next does: fetch entries, pages', () => {
    expect(alwaysStored({kind: 'FETCH'})).toBe(true)
    expect(alwaysStored({kind: 'APP_PAGE', status: 404})).toBe(true)
    expect(alwaysStored({kind: 'APP_ROUTE', status: 200})).toBe(true)
    expect(alwaysStored({kind: 'APP_ROUTE', status: 404})).toBe(false)
    expect(alwaysStored(null)).toBe(true)
  })
})
