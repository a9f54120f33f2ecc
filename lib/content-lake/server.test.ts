// The local Content Lake driven by @sanity/client, configured as the Studio will be (`useProjectHostname: false`,
// apiHost on loopback): the shapes are pinned by the client that consumes them.
import {createClient, type SanityClient} from '@sanity/client'
import {mkdtempSync, writeFileSync} from 'node:fs'
import type {AddressInfo} from 'node:net'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import type {Server} from 'node:http'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {isLoopbackAddress, isLoopbackHostname, refusal} from './guard'
import {createLakeServer} from './server'
import {Store} from './store'

let server: Server
let client: SanityClient
let origin: string
const logged: string[] = []

beforeAll(async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'lake-http-')), 'dataset.ndjson')
  writeFileSync(file, [
    {_id: 'policy-privacy', _type: 'policy', _rev: 'r1', slug: {current: 'privacy'}},
    {_id: 'drafts.policy-privacy', _type: 'policy', _rev: 'd1', slug: {current: 'privacy-draft'}},
  ].map((doc) => JSON.stringify(doc)).join('\n'))
  server = createLakeServer({store: new Store(file), projectId: 'local000', dataset: 'production', log: (line) => logged.push(line)})
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  client = createClient({projectId: 'local000', dataset: 'production', apiHost: origin, useProjectHostname: false, apiVersion: '2025-02-19', useCdn: false})
})
afterAll(() => new Promise<void>((resolve) => {
  server.close(() => resolve())
  server.closeAllConnections() // listeners keep their streams open
}))

describe('local Content Lake over HTTP', () => {
  it('answers queries by perspective, with parameters', async () => {
    expect(await client.fetch('*[_type == $type].slug.current', {type: 'policy'})).toEqual(['privacy'])
    expect(await client.fetch('*[_type == "policy"].slug.current', {}, {perspective: 'raw'})).toHaveLength(2)
    expect(await client.fetch('*[_type == "policy"]{_id, _originalId}', {}, {perspective: 'drafts'})).toEqual([{_id: 'policy-privacy', _originalId: 'drafts.policy-privacy'}])
  })

  it('gives documents by id and says which are missing', async () => {
    expect(await client.getDocument('policy-privacy')).toMatchObject({_rev: 'r1'})
    const response = await fetch(`${origin}/v2025-02-19/data/doc/production/policy-privacy,nope`)
    expect(await response.json()).toMatchObject({documents: [{_id: 'policy-privacy'}], omitted: [{id: 'nope', reason: 'existence'}]})
  })

  it('mutates through the client and tells listeners with mendoza effects', async () => {
    const events: Array<Record<string, unknown>> = []
    const subscription = client
      .listen('*[_id in $ids]', {ids: ['policy-privacy']}, {events: ['welcome', 'mutation'], effectFormat: 'mendoza', includeResult: false})
      .subscribe((event) => events.push(event as never))
    await expect.poll(() => events.some((event) => event.type === 'welcome')).toBe(true)
    const result = await client.patch('policy-privacy').set({order: 3}).commit({returnDocuments: true})
    expect(result).toMatchObject({_id: 'policy-privacy', order: 3})
    await expect.poll(() => events.find((event) => event.type === 'mutation')).toMatchObject({
      documentId: 'policy-privacy', transition: 'update', previousRev: 'r1', resultRev: result._rev,
      effects: {apply: expect.arrayContaining([17, 3, 'order', '_updatedAt']), revert: expect.arrayContaining([19])},
    })
    subscription.unsubscribe()
  })

  it('carries out Studio actions and keeps the transactions for history', async () => {
    await client.action([{actionType: 'sanity.action.document.publish', draftId: 'drafts.policy-privacy', publishedId: 'policy-privacy'}])
    expect(await client.fetch('*[_type == "policy"].slug.current', {}, {perspective: 'raw'})).toEqual(['privacy-draft'])
    const response = await fetch(`${origin}/v2025-02-19/data/history/production/transactions/policy-privacy?excludeContent=true&effectFormat=mendoza&reverse=true&limit=1`)
    const lines = (await response.text()).trim().split('\n').map((line) => JSON.parse(line))
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatchObject({documentIDs: ['policy-privacy'], author: 'local-editor'})
    const {documents} = await (await fetch(`${origin}/v2025-02-19/data/history/production/documents/policy-privacy?revision=${lines[0].id}`)).json()
    expect(documents[0].slug.current).toBe('privacy-draft')
  })

  it('answers a failed mutation as the client expects (status and message)', async () => {
    await expect(client.create({_id: 'policy-privacy', _type: 'policy'})).rejects.toMatchObject({statusCode: 409})
  })

  it('answers the Studio boot endpoints: the local editor, an ACL, key-value pairs', async () => {
    expect(await client.request({url: '/users/me'})).toMatchObject({id: 'local-editor', role: 'administrator'})
    expect(await client.request({url: '/projects/local000/datasets/production/acl'})).toEqual([expect.objectContaining({filter: '_id in path("**")'})])
    await client.request({method: 'PUT', url: '/users/me/keyvalue', body: [{key: 'a', value: 1}]})
    expect(await client.request({url: '/users/me/keyvalue/a,b'})).toEqual([{key: 'a', value: 1}, {key: 'b', value: null}])
  })

  it('answers what it does not implement with 404 and logs each path once', async () => {
    for (let i = 0; i < 3; i++) expect((await fetch(`${origin}/v2025-02-19/journey/announcements`)).status).toBe(404)
    expect(logged.filter((line) => line.includes('/journey/announcements'))).toHaveLength(1)
  })

  it('refuses a foreign Origin or Host, and sends CORS for a loopback origin', async () => {
    expect((await fetch(`${origin}/v1/users/me`, {headers: {origin: 'https://evil.example'}})).status).toBe(403)
    const allowed = await fetch(`${origin}/v1/users/me`, {headers: {origin: 'http://localhost:3000'}})
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://localhost:3000')
    expect(allowed.headers.get('access-control-allow-credentials')).toBe('true')
  })
})

describe('loopback guard', () => {
  it('knows loopback addresses and names', () => {
    expect(['127.0.0.1', '::1', '::ffff:127.0.0.1', '127.2.3.4'].every(isLoopbackAddress)).toBe(true)
    expect(['10.0.0.1', '192.168.1.2', '::ffff:10.0.0.1', undefined].some(isLoopbackAddress)).toBe(false)
    expect(['localhost', 'local000.localhost', '127.0.0.1', '[::1]'].every(isLoopbackHostname)).toBe(true)
    expect(['evil.example', 'localhost.evil.example', '127.0.0.1.nip.io'].some(isLoopbackHostname)).toBe(false)
  })

  it('decides by the socket, not by headers a client writes', () => {
    const request = (remoteAddress: string, headers: Record<string, string>) => ({socket: {remoteAddress}, headers}) as never
    expect(refusal(request('203.0.113.9', {host: 'localhost:3333', 'x-forwarded-for': '127.0.0.1'}))).toMatch(/loopback clients only/)
    expect(refusal(request('127.0.0.1', {host: 'rebound.evil.example:3333'}))).toMatch(/Host/)
    expect(refusal(request('127.0.0.1', {host: 'localhost:3333', origin: 'null'}))).toMatch(/Origin/)
    expect(refusal(request('127.0.0.1', {host: '127.0.0.1:3333', origin: 'http://localhost:3000'}))).toBeUndefined()
  })
})

describe('text::query (the Studio search function groq-js lacks)', () => {
  it('opens a list with a blank search and matches words otherwise', async () => {
    const query = '*[_type in $__types && ([@, _id] match text::query($__query) || references($__rawQuery))]._id'
    expect(await client.fetch(query, {__types: ['policy'], __query: '', __rawQuery: ''}, {perspective: 'raw'})).toEqual(['policy-privacy'])
    expect(await client.fetch(query, {__types: ['policy'], __query: 'nothing-like-it', __rawQuery: 'x'}, {perspective: 'raw'})).toEqual([])
  })
})
