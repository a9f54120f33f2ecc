// The route needs no secret, so it must never send a browser to another host (issue #19: open redirect).
import {describe, expect, it, vi} from 'vitest'

vi.mock('next/headers', () => ({draftMode: async () => ({disable: () => undefined})}))
const {GET} = await import('./route')

describe('/api/draft-mode/disable', () => {
  it('redirects only to a path on this site', async () => {
    const location = async (raw: string) => (await GET(new Request(`http://127.0.0.1:3000/api/draft-mode/disable?redirect=${raw}`))).headers.get('location')
    expect(await location('/kk/privacy')).toBe('/kk/privacy')
    for (const raw of ['/%5Cevil.example', '/%09/evil.example', '/%5C%5Cevil.example', '/%5C/evil.example', '//evil.example', '/%0d%0aX'])
      expect(await location(raw), raw).toBe('/')
  })
})
