import {describe, expect, it} from 'vitest'
import {READER_CSP} from '../security-headers'
import {screen} from './guard'

const refused = (method: string, target: string) => {
  const verdict = screen(method, target)
  if (verdict.pass) throw new Error(`${method} ${target} passed as ${verdict.url}`)
  return verdict.answer
}

describe('screen: what reaches Next', () => {
  it('passes ordinary paths untouched', () => {
    for (const target of ['/', '/kk', '/kk/privacy?x=1', '/ru/privacy/compare/1/2', '/api/policies/privacy', '/studio/structure', '/_next/static/a.js'])
      expect(screen('GET', target)).toEqual({pass: true, url: target})
  })

  it('answers malformed percent-encoding 400 with the security headers, never a 500', () => {
    for (const target of ['/kk/%', '/%', '/kk/%zz', '/kk/%ff%fe', '/api/policies/%', '/studio/%']) {
      const answer = refused('GET', target)
      expect(answer.status, target).toBe(400)
      expect(answer.headers['Content-Security-Policy']).toBe(READER_CSP)
      expect(answer.headers['X-Content-Type-Options']).toBe('nosniff')
      expect(answer.headers['Strict-Transport-Security']).toMatch(/max-age=/)
    }
  })

  it('refuses control characters (NUL, CR/LF) and over-long segments, with a short answer', () => {
    for (const target of ['/kk/a%00b', '/kk/%0d%0aX', '/kk/%7f']) expect(refused('GET', target).status, target).toBe(400)
    const long = refused('GET', `/kk/${'a'.repeat(256)}`)
    expect(long.status).toBe(404)
    expect(long.body.length).toBeLessThan(40)
    expect(screen('GET', `/kk/${'a'.repeat(255)}`).pass).toBe(true)
  })

  it('answers methods Next cannot handle 405 with Allow', () => {
    expect(refused('TRACE', '/kk')).toMatchObject({status: 405, headers: {Allow: 'GET, HEAD'}})
    expect(refused('CONNECT', '/api/revalidate')).toMatchObject({status: 405, headers: {Allow: 'POST'}})
    expect(refused('TRACK', '/api/policies')).toMatchObject({status: 405, headers: {Allow: 'GET, HEAD, OPTIONS'}})
  })

  it('refuses a target that is not a path (`OPTIONS *`, authority-form)', () => {
    expect(refused('OPTIONS', '*').status).toBe(400)
    expect(refused('CONNECT', 'evil.example:443').status).toBe(400)
  })

  it('takes an absolute-form target by its path: a foreign host is never echoed', () => {
    expect(screen('GET', 'http://evil.example/kk/privacy')).toEqual({pass: true, url: '/kk/privacy'})
    expect(screen('GET', 'https://evil.example')).toEqual({pass: true, url: '/'})
    const redirect = refused('GET', 'http://evil.example/kk/privacy/')
    expect(redirect).toMatchObject({status: 308, headers: {Location: '/kk/privacy'}})
    expect(refused('GET', 'http://evil.example//evil.example/').headers.Location).toBe('/evil.example')
  })

  it("makes Next's slash redirects itself, relative and with the security headers", () => {
    expect(refused('GET', '/kk/privacy/?a=1')).toMatchObject({status: 308, headers: {Location: '/kk/privacy?a=1', 'Content-Security-Policy': READER_CSP}})
    expect(refused('GET', '//evil.example').headers.Location).toBe('/evil.example')
    expect(refused('GET', '/\\evil.example').headers.Location).toBe('/evil.example')
    expect(refused('GET', '/kk//privacy').headers.Location).toBe('/kk/privacy')
  })
})
