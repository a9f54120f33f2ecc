// The local Content Lake over HTTP: the part of Sanity's HTTP API the Studio and @sanity/client use, on loopback
// only (guard.ts), with CORS for the Studio's origin. Paths as the client writes them with
// `useProjectHostname: false`: `/v{apiVersion}/data/query/{dataset}`, `/v…/users/me`, `/v…/projects/{id}/…`.
import {createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse} from 'node:http'
import {evaluate, parse} from 'groq-js'
import {exemptFromRequestGuard} from '../http/install'
import {LakeError} from './errors'
import {documentEvents} from './history-events'
import {refusal} from './guard'
import {rewriteTextQuery} from './text-query'
import {perspectiveOf, view} from './perspectives'
import {projectAnswer} from './project'
import {changeEffects, type Store, type Transaction} from './store'
import {act, mutate} from './transact'

export type LakeOptions = {store: Store; projectId: string; dataset: string; log?: (line: string) => void}

const MAX_BODY_BYTES = 16 * 1024 * 1024
const KEEPALIVE_MS = 25_000

function cors(request: IncomingMessage, response: ServerResponse): void {
  const origin = request.headers.origin
  if (!origin) return
  response.setHeader('Access-Control-Allow-Origin', origin)
  response.setHeader('Access-Control-Allow-Credentials', 'true')
  response.setHeader('Vary', 'Origin')
}

function send(response: ServerResponse, status: number, body: unknown): void {
  if (response.headersSent) return
  response.writeHead(status, {'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store'})
  response.end(JSON.stringify(body))
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY_BYTES) throw new LakeError(413, {error: {description: `body larger than ${MAX_BODY_BYTES} bytes`, type: 'payloadTooLarge'}})
    chunks.push(chunk as Buffer)
  }
  if (size === 0) return undefined
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'))
  } catch {
    throw LakeError.badRequest('body is not JSON')
  }
}

function paramsOf(url: URL, body?: {params?: Record<string, unknown>}): Record<string, unknown> {
  const params: Record<string, unknown> = {...(body?.params ?? {})}
  for (const [key, value] of url.searchParams) {
    if (!key.startsWith('$')) continue
    try {
      params[key.slice(1)] = JSON.parse(value)
    } catch {
      throw LakeError.badRequest(`parameter ${key} is not JSON`)
    }
  }
  return params
}

async function runQuery(docs: unknown[], query: string, params: Record<string, unknown>): Promise<unknown> {
  let tree
  try {
    tree = parse(rewriteTextQuery(query, params), {params})
  } catch (error) {
    throw new LakeError(400, {error: {description: (error as Error).message, type: 'queryParseError', query}})
  }
  return (await evaluate(tree, {dataset: docs, params, identity: 'local-editor'})).get()
}

/** Does a listener's query (`*[filter]`) select this document? */
async function matches(query: string, params: Record<string, unknown>, doc: unknown): Promise<boolean> {
  if (!doc) return false
  try {
    const result = await runQuery([doc], query, params)
    return Array.isArray(result) ? result.length > 0 : !!result
  } catch {
    return false
  }
}

function listen(options: LakeOptions, request: IncomingMessage, response: ServerResponse, url: URL): void {
  const query = url.searchParams.get('query') ?? '*'
  const params = paramsOf(url)
  const flag = (name: string, fallback: boolean) => (url.searchParams.has(name) ? url.searchParams.get(name) !== 'false' : fallback)
  const events = (url.searchParams.get('events') ?? 'welcome,mutation').split(',')
  const allVersions = flag('includeAllVersions', false)
  response.writeHead(200, {'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache', Connection: 'keep-alive'})
  if (events.includes('welcome')) response.write(`event: welcome\ndata: ${JSON.stringify({listenerName: `local-${Date.now()}`})}\n\n`)
  const onTransaction = async (transaction: Transaction) => {
    const total = transaction.changes.length
    for (const [index, change] of transaction.changes.entries()) {
      if (!allVersions && change.id.startsWith('versions.')) continue
      const [was, is] = [await matches(query, params, change.before), await matches(query, params, change.after)]
      if (!was && !is) continue
      const event = {
        eventId: `${transaction.id}#${change.id}`,
        documentId: change.id,
        transactionId: transaction.id,
        transition: was && is ? 'update' : is ? 'appear' : 'disappear',
        identity: transaction.author,
        previousRev: change.before?._rev,
        resultRev: transaction.id,
        timestamp: transaction.timestamp,
        visibility: 'query',
        transactionTotalEvents: total,
        transactionCurrentEvent: index + 1,
        ...(url.searchParams.get('effectFormat') === 'mendoza' ? {effects: changeEffects(change)} : {}),
        ...(flag('includeMutations', true) ? {mutations: transaction.mutations} : {}),
        ...(flag('includeResult', true) && change.after ? {result: change.after} : {}),
        ...(flag('includePreviousRevision', false) && change.before ? {previous: change.before} : {}),
      }
      response.write(`event: mutation\nid: ${event.eventId}\ndata: ${JSON.stringify(event)}\n\n`)
    }
  }
  const unsubscribe = options.store.subscribe((transaction) => void onTransaction(transaction))
  const keepalive = setInterval(() => response.write(':\n\n'), KEEPALIVE_MS)
  // The dataset file was replaced (a reset): the client reconnects, gets a new welcome and refetches its documents.
  const stopOnReplace = options.store.onReplaced(() => response.end())
  request.on('close', () => {
    clearInterval(keepalive)
    unsubscribe()
    stopOnReplace()
  })
}

function history(options: LakeOptions, response: ServerResponse, parts: string[], url: URL): void {
  const [kind, idList = ''] = parts
  const ids = new Set(idList.split(',').filter(Boolean))
  const {history} = options.store
  if (kind === 'documents') {
    const revision = url.searchParams.get('revision')
    const time = url.searchParams.get('time')
    const documents = [...ids].flatMap((id) => {
      const relevant = history.filter((transaction) => (!time || transaction.timestamp <= time) && transaction.changes.some((change) => change.id === id))
      const at = revision ? relevant.find((transaction) => transaction.id === revision) : relevant.at(-1)
      const doc = at ? at.changes.find((change) => change.id === id)?.after : options.store.get(id)
      return doc && (!revision || doc._rev === revision) ? [doc] : []
    })
    send(response, 200, {documents})
    return
  }
  if (kind === 'events' && idList === 'documents' && parts[2]) {
    const limit = Math.min(Math.max(Number(url.searchParams.get('limit')) || 100, 1), 1000)
    return send(response, 200, {events: {[parts[2]]: documentEvents(history, parts[2]).slice(0, limit)}, nextCursor: ''})
  }
  if (kind !== 'transactions') return send(response, 404, {error: 'Not Found', statusCode: 404, message: 'unknown history endpoint'})
  const excludeMutations = url.searchParams.get('excludeMutations') === 'true'
  let transactions = history.filter((transaction) => transaction.changes.some((change) => ids.has(change.id)))
  if (url.searchParams.get('reverse') === 'true') transactions = transactions.toReversed()
  const limit = Number(url.searchParams.get('limit') ?? Infinity)
  const lines = transactions.slice(0, Number.isFinite(limit) && limit > 0 ? limit : undefined).map((transaction) => {
    const changes = transaction.changes.filter((change) => ids.has(change.id))
    return JSON.stringify({
      id: transaction.id,
      timestamp: transaction.timestamp,
      author: transaction.author,
      documentIDs: changes.map((change) => change.id),
      effects: Object.fromEntries(changes.map((change) => [change.id, changeEffects(change)])),
      ...(excludeMutations ? {} : {mutations: transaction.mutations}),
    })
  })
  response.writeHead(200, {'Content-Type': 'application/x-ndjson', 'Cache-Control': 'no-store'})
  response.end(lines.map((line) => `${line}\n`).join(''))
}

async function data(options: LakeOptions, request: IncomingMessage, response: ServerResponse, url: URL, apiVersion: string, parts: string[]): Promise<void> {
  const [endpoint, dataset, ...rest] = parts
  if (dataset !== options.dataset) throw new LakeError(404, {error: {description: `Dataset "${dataset}" not found`, type: 'datasetNotFound'}})
  options.store.refresh()
  const method = request.method ?? 'GET'
  if (endpoint === 'ping') return send(response, 200, {ping: 'pong'})
  if (endpoint === 'listen' && method === 'GET') return listen(options, request, response, url)
  if (endpoint === 'history' && method === 'GET') return history(options, response, rest, url)
  if (endpoint === 'doc' && method === 'GET') {
    const ids = (rest[0] ?? '').split(',').filter(Boolean)
    const documents = ids.flatMap((id) => options.store.get(id) ?? [])
    const found = new Set(documents.map((doc) => doc._id))
    return send(response, 200, {documents, omitted: ids.filter((id) => !found.has(id)).map((id) => ({id, reason: 'existence'}))})
  }
  if (endpoint === 'query' && (method === 'GET' || method === 'POST')) {
    const body = (method === 'POST' ? await readBody(request) : undefined) as {query?: string; params?: Record<string, unknown>; perspective?: string} | undefined
    const query = body?.query ?? url.searchParams.get('query')
    if (!query) throw LakeError.badRequest('query is required')
    const perspective = perspectiveOf(url.searchParams.get('perspective') ?? body?.perspective, apiVersion)
    const started = performance.now()
    const result = await runQuery(view(options.store.all(), perspective), query, paramsOf(url, body))
    const answer = {result, ms: Math.round(performance.now() - started), ...(url.searchParams.get('returnQuery') === 'false' ? {} : {query})}
    return send(response, 200, answer)
  }
  if (endpoint === 'mutate' && method === 'POST') {
    const body = (await readBody(request)) as {mutations?: unknown; transactionId?: string} | undefined
    const flag = (name: string) => url.searchParams.get(name) === 'true'
    const transactionId = body?.transactionId ?? url.searchParams.get('transactionId') ?? undefined
    return send(response, 200, await mutate(options.store, body?.mutations, {transactionId, returnIds: flag('returnIds'), returnDocuments: flag('returnDocuments'), dryRun: flag('dryRun')}))
  }
  if (endpoint === 'actions' && method === 'POST') {
    const body = (await readBody(request)) as {actions?: unknown; transactionId?: string; dryRun?: boolean} | undefined
    const {transactionId} = await act(options.store, body?.actions, {transactionId: body?.transactionId, dryRun: body?.dryRun === true})
    return send(response, 200, {transactionId})
  }
  throw new LakeError(405, {error: {description: `${method} is not allowed on /data/${endpoint}`, type: 'methodNotAllowed'}})
}

/** A server on the lake's handler. Sanity's API, not the site's: the site's request guard (lib/http/guard.ts) does not apply. */
export function createLakeServer(options: LakeOptions, handler: RequestListener = createLakeHandler(options)): Server {
  return exemptFromRequestGuard(createServer(handler))
}

/** One handler for the lake's main port and its listener ports (lib/content-lake/start.ts): they share state. */
export function createLakeHandler(options: LakeOptions): RequestListener {
  const unknownLogged = new Set<string>()
  const keyValue = new Map<string, unknown>()
  const log = options.log ?? ((line: string) => console.warn(line))
  const debug = process.env.CONTENT_LAKE_DEBUG === '1'
  return async (request, response) => {
    if (debug) {
      log(`[content-lake] ← ${request.method} ${(request.url ?? '').slice(0, 2000)}`)
      response.on('finish', () => log(`[content-lake] → ${response.statusCode} ${request.method} ${(request.url ?? '').slice(0, 100)}`))
    }
    const denied = refusal(request)
    if (denied) return send(response, 403, {error: {description: denied, type: 'forbidden'}})
    cors(request, response)
    if (request.method === 'OPTIONS') {
      response.writeHead(204, {
        'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
        'Access-Control-Allow-Headers': request.headers['access-control-request-headers'] ?? 'content-type, authorization',
        'Access-Control-Allow-Private-Network': 'true',
        'Access-Control-Max-Age': '600',
      })
      return response.end()
    }
    try {
      const url = new URL(request.url ?? '/', 'http://localhost')
      const match = /^\/v(\d{4}-\d{2}-\d{2}|1|X)(\/.*)?$/.exec(url.pathname)
      const apiVersion = match?.[1] ?? '1'
      const path = (match ? match[2] : url.pathname) ?? '/'
      const parts = path.split('/').filter(Boolean).map((part) => decodeURIComponent(part))
      if (parts[0] === 'data') return await data(options, request, response, url, apiVersion, parts.slice(1))
      const body = request.method === 'PUT' || request.method === 'POST' ? await readBody(request) : undefined
      const answer = projectAnswer(request.method ?? 'GET', path, options.projectId, options.dataset, keyValue, body)
      if (answer) return send(response, answer.status, answer.body)
      // As the hosted API answers a feature this project does not have; said once per path, not per request.
      const key = path.slice(0, 120)
      if (unknownLogged.size < 200 && !unknownLogged.has(key)) {
        unknownLogged.add(key)
        log(`[content-lake] not implemented: ${request.method} ${key}`)
      }
      send(response, 404, {error: 'Not Found', statusCode: 404, message: 'not implemented by the local Content Lake'})
    } catch (error) {
      if (error instanceof LakeError) return send(response, error.status, error.body)
      if (error instanceof URIError) return send(response, 400, {error: {description: 'malformed path', type: 'validationError'}})
      log(`[content-lake] ${request.method} ${(request.url ?? '').split('?')[0].slice(0, 120)}: ${(error as Error).message}`)
      send(response, 500, {error: {description: 'internal error in the local Content Lake', type: 'internalError'}})
    }
  }
}
