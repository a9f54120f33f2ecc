import {afterEach, describe, expect, it, vi} from 'vitest'
import {lakeFetch, listenerOrigin, pointStudioAtLocalContentLake} from './localContentLake'

const listen = 'http://127.0.0.1:5000/v2025-02-19/data/listen/production?query=*'

afterEach(() => vi.unstubAllGlobals())

describe('listeners on the local Content Lake (a browser keeps six connections per origin)', () => {
  it('opens each listener on the least busy listener origin, at most five each, and frees it when closed', async () => {
    const requested: string[] = []
    vi.stubGlobal('fetch', (url: URL | string) => {
      requested.push(String(url))
      return Promise.resolve(new Response(new ReadableStream()))
    })
    pointStudioAtLocalContentLake({apiHost: 'http://127.0.0.1:5000', listenerHosts: ['http://127.0.0.1:6001', 'http://127.0.0.1:6002']})
    const controllers = Array.from({length: 10}, () => new AbortController())
    for (const controller of controllers) await lakeFetch(listen, {signal: controller.signal})
    expect(requested.filter((url) => url.startsWith('http://127.0.0.1:6001/v2025-02-19/data/listen/'))).toHaveLength(5)
    expect(requested.filter((url) => url.startsWith('http://127.0.0.1:6002/'))).toHaveLength(5)
    expect(listenerOrigin()).toBeUndefined()
    // The eleventh waits on the main origin rather than on a full one; closing one frees its slot.
    await lakeFetch(listen)
    expect(requested.at(-1)).toBe(listen)
    controllers[0].abort()
    expect(listenerOrigin()).toBe('http://127.0.0.1:6001')
  })

  it('leaves every other request where the client sent it', async () => {
    const requested: string[] = []
    vi.stubGlobal('fetch', (url: URL | string) => {
      requested.push(String(url))
      return Promise.resolve(new Response('{}'))
    })
    pointStudioAtLocalContentLake({apiHost: 'http://127.0.0.1:5000', listenerHosts: ['http://127.0.0.1:6001']})
    await lakeFetch('http://127.0.0.1:5000/v2025-02-19/data/query/production?query=*')
    expect(requested).toEqual(['http://127.0.0.1:5000/v2025-02-19/data/query/production?query=*'])
  })
})
