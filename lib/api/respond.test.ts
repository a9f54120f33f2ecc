import {describe, expect, it} from 'vitest'
import {strongEtag} from './etag'
import {JSON_CACHE_CONTROL, jsonError, jsonResponse, methodNotAllowed, preflight} from './respond'

const body = '{"schemaVersion":1}'
const document = {body, etag: strongEtag(body)}
const request = (headers: Record<string, string> = {}, method = 'GET') =>
  new Request('https://example.kz/api/policies/x', {method, headers})

describe('jsonResponse', () => {
  it('sends the body with its validator, caching and CORS headers', async () => {
    const response = jsonResponse(request(), document)
    expect(response.status).toBe(200)
    expect(await response.text()).toBe(body)
    expect(response.headers.get('etag')).toBe(document.etag)
    expect(response.headers.get('cache-control')).toBe(JSON_CACHE_CONTROL)
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    expect(response.headers.get('vary')).toBe('Accept-Encoding')
  })

  it('answers 304 with no body to a matching If-None-Match, keeping the validator', async () => {
    for (const header of [document.etag, `W/${document.etag}`, `"x", ${document.etag}`, '*']) {
      const response = jsonResponse(request({'if-none-match': header}), document)
      expect(response.status).toBe(304)
      expect(await response.text()).toBe('')
      expect(response.headers.get('etag')).toBe(document.etag)
      expect(response.headers.get('cache-control')).toBe(JSON_CACHE_CONTROL)
    }
  })

  it('sends the body again when the tag is stale', async () => {
    const response = jsonResponse(request({'if-none-match': strongEtag('old body')}), document)
    expect(response.status).toBe(200)
    expect(await response.text()).toBe(body)
  })
})

describe('errors and methods', () => {
  it('404 is JSON with CORS', async () => {
    const response = jsonError(404, {error: 'policy not found', slug: 'nope'})
    expect(response.status).toBe(404)
    expect(await response.json()).toEqual({error: 'policy not found', slug: 'nope'})
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
  })

  it('405 lists the allowed methods', async () => {
    const response = methodNotAllowed(request({}, 'POST'))
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('GET, HEAD, OPTIONS')
    expect(await response.json()).toMatchObject({allow: ['GET', 'HEAD', 'OPTIONS']})
  })

  it('answers a CORS preflight for If-None-Match', () => {
    const response = preflight()
    expect(response.status).toBe(204)
    expect(response.headers.get('access-control-allow-headers')).toBe('If-None-Match')
    expect(response.headers.get('access-control-allow-methods')).toBe('GET, HEAD, OPTIONS')
  })
})
