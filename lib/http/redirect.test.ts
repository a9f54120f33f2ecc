import {describe, expect, it} from 'vitest'
import {redirectBack, sameOriginPath} from './redirect'

const site = 'https://policies.example.kz/api/draft-mode/disable'
/** The Location answered for `?redirect=<raw>`, the raw value as a client writes it in the URL. */
const locationFor = (raw: string) => redirectBack(new Request(`${site}?redirect=${raw}`)).headers.get('location')

describe('redirectBack', () => {
  it('follows a path on this site, query and fragment kept', () => {
    expect(locationFor('/kk/privacy')).toBe('/kk/privacy')
    expect(locationFor('%2Fru%2Fprivacy%3Fa%3D1')).toBe('/ru/privacy?a=1')
    expect(locationFor('/kk/privacy%23cookies')).toBe('/kk/privacy#cookies')
  })

  it('refuses every way of naming another host, and control characters', () => {
    for (const raw of ['/%5Cevil.example', '/%09/evil.example', '/%5C%5Cevil.example', '/%5C/evil.example', '//evil.example', '/%0d%0aX',
      'https://evil.example/', '%2F%2Fevil.example', '/%2F/evil.example', 'evil.example', '/%00', 'javascript:alert(1)'])
      expect(locationFor(raw), raw).toBe('/')
    expect(redirectBack(new Request(site)).headers.get('location')).toBe('/')
  })

  it('never answers a Location a browser reads as another origin', () => {
    for (const value of ['/a/../..//evil.example', '/./\u3000/evil.example', '/%2e%2e/x'])
      expect(new URL(sameOriginPath(site, value), site).origin).toBe('https://policies.example.kz')
  })
})
