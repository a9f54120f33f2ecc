// Starts the local Content Lake inside the site's Node server (instrumentation.ts), when lib/env.ts says it is on:
// on 127.0.0.1 only, over the dataset the site reads, delivering the site's webhook on every publish. The Studio
// learns its address from /api/content-lake (app/api/content-lake/route.ts) through `globalThis`.
//
// Listener ports: a browser opens at most six HTTP/1.1 connections to one host and port, and the Studio keeps a
// dozen listeners (server-sent events) open at once; Sanity's API multiplexes them over HTTP/2, which browsers speak
// only over TLS. So the lake also listens on LISTENER_PORTS more ports, serving the same API with the same state, and
// the Studio's clients open each listener on the least busy of them (sanity/lib/localContentLake.ts), leaving the
// main port to queries, documents and mutations.
import {randomBytes} from 'node:crypto'
import {watchFile} from 'node:fs'
import type {AddressInfo} from 'node:net'
import {env} from '../env'
import type {Server} from 'node:http'
import {createLakeHandler, createLakeServer} from './server'
import {Store} from './store'
import {deliver} from './webhook'
import {ensureWorkingCopy} from './working-copy'

type Running = {origin: string; listenerOrigins: string[]}
const LISTENER_PORTS = 8
const KEY = Symbol.for('kz-policies.local-content-lake')

export function runningContentLake(): Running | undefined {
  return (globalThis as {[KEY]?: Running})[KEY]
}

export async function startContentLake(projectId: string): Promise<Running | undefined> {
  if (!env.localContentLake || runningContentLake()) return runningContentLake()
  if (ensureWorkingCopy(env.LOCAL_DATASET)) console.log(`[content-lake] working copy made from the demo dataset: ${env.LOCAL_DATASET}`)
  // The webhook's secret: the configured one, or one made for this process (it never leaves it).
  process.env.SANITY_REVALIDATE_SECRET ||= randomBytes(24).toString('hex')
  const secret = process.env.SANITY_REVALIDATE_SECRET
  const store = new Store(env.LOCAL_DATASET)
  const webhookUrl = () => `http://127.0.0.1:${process.env.PORT || 3000}/api/revalidate`
  store.subscribe((transaction) => void deliver(transaction, {url: webhookUrl(), secret}))
  // The reset command (or anything else) replacing the file: read it again, and the site's pages follow by webhook.
  watchFile(env.LOCAL_DATASET, {interval: 1000}, () => store.refresh()).unref()
  const options = {store, projectId, dataset: env.NEXT_PUBLIC_SANITY_DATASET}
  const handler = createLakeHandler(options)
  const main = await listen(createLakeServer(options, handler), env.LOCAL_CONTENT_LAKE_PORT)
  const listeners = await Promise.all(Array.from({length: LISTENER_PORTS}, () => listen(createLakeServer(options, handler), 0)))
  const origin = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const running = {origin: origin(main), listenerOrigins: listeners.map(origin)}
  ;(globalThis as {[KEY]?: Running})[KEY] = running
  console.log(`[content-lake] local Content Lake on ${running.origin} (loopback only), editing ${env.LOCAL_DATASET}`)
  return running
}

function listen(server: Server, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve(server))
  })
}
