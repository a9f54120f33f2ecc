// proxy.ts: writes refused on every page (405 with Allow), the language redirect only where there is no language.
import {NextRequest} from 'next/server'
import {describe, expect, it} from 'vitest'
import proxy, {config} from './proxy'

const call = (path: string, method = 'GET', headers: Record<string, string> = {}) =>
  proxy(new NextRequest(`http://127.0.0.1:3000${path}`, {method, headers}))
/** Next's matcher is a path-to-regexp pattern; the one here is a plain regular expression behind its leading `/`. */
const matched = (path: string) => new RegExp(`^${config.matcher[0].replace('/((?!', '/(?:(?!')}$`).test(path)

describe('proxy', () => {
  it('is in front of the reader pages, feeds and the Studio, not the APIs or Next files', () => {
    for (const path of ['/', '/kk', '/ru/privacy', '/kk/privacy/feed.xml', '/studio', '/studio/structure', '/privacy', '/favicon.ico'])
      expect(matched(path), path).toBe(true)
    for (const path of ['/api/policies', '/api/revalidate', '/_next/static/a.js']) expect(matched(path), path).toBe(false)
  })

  it('answers DELETE, POST, PUT, PATCH and OPTIONS on pages and the Studio 405 with Allow and the security headers', async () => {
    for (const path of ['/kk', '/kk/privacy', '/ru/privacy/v/1', '/kk/privacy/feed.xml', '/studio', '/studio/structure', '/privacy']) {
      for (const method of ['DELETE', 'POST', 'PUT', 'PATCH', 'OPTIONS']) {
        const response = call(path, method)
        expect(response.status, `${method} ${path}`).toBe(405)
        expect(response.headers.get('allow')).toBe('GET, HEAD')
        expect(response.headers.get('content-security-policy')).toMatch(/^default-src 'none'/)
      }
    }
  })

  it('lets reads of pages under a language, the Studio and files through untouched', () => {
    for (const path of ['/kk', '/ru/privacy', '/studio', '/favicon.ico', '/kk/privacy/feed.xml']) {
      for (const method of ['GET', 'HEAD']) {
        const response = call(path, method)
        expect(response.headers.get('x-middleware-next'), `${method} ${path}`).toBe('1')
        expect(response.headers.get('location')).toBeNull()
      }
    }
  })

  it('still sends `/` and paths without a language to one by Accept-Language', () => {
    const response = call('/privacy', 'GET', {'accept-language': 'ru'})
    expect(response.headers.get('location')).toMatch(/\/ru\/privacy$/)
    expect(response.headers.get('vary')).toContain('Accept-Language')
    expect(call('/').headers.get('location')).toMatch(/\/kk$/)
  })
})
