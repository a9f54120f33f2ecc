// Section 4: from a changed revision (the NDJSON file edited, as a publish changes the Content Lake) and its signed
// webhook to the page showing the new text. The clock starts when the webhook is sent.
import {readFileSync, renameSync, writeFileSync} from 'node:fs'
import {setTimeout as sleep} from 'node:timers/promises'
import {encodeSignatureHeader, SIGNATURE_HEADER_NAME} from '@sanity/webhook'
import {almatyToday} from '@/lib/revisions/dates'
import {median, ms, table, type Goal, type SectionReport} from './markdown'

const GOAL_MS = 2000
const TIMEOUT_MS = 30_000

type Doc = {_id: string; _type: string; [field: string]: unknown}
type Span = {text?: string}
type RevisionDoc = Doc & {version: number; effectiveFrom: string; policy: {_ref: string}; sections?: {body?: Record<string, {children?: Span[]}[]>}[]}

/** The revision the policy page shows: the newest in force today, else the first upcoming one. */
export function shownRevision(docs: Doc[], policyId: string, today = almatyToday()): RevisionDoc | undefined {
  const revisions = (docs as RevisionDoc[])
    .filter((d) => d._type === 'policyRevision' && !d._id.includes('.') && d.policy?._ref === policyId)
    .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom) || a.version - b.version)
  return revisions.filter((r) => r.effectiveFrom <= today).at(-1) ?? revisions.find((r) => r.effectiveFrom > today)
}

/** Puts `marker` at the end of the first span of `locale` in the revision; returns the new NDJSON text. */
export function editRevision(ndjson: string, revisionId: string, locale: string, marker: string): string {
  return ndjson
    .split('\n')
    .map((line) => {
      if (!line.includes(`"${revisionId}"`)) return line
      const doc = JSON.parse(line) as RevisionDoc
      if (doc._id !== revisionId) return line
      const span = doc.sections?.flatMap((s) => s.body?.[locale] ?? []).flatMap((b) => b.children ?? [])[0]
      if (!span) throw new Error(`${revisionId} has no ${locale} text to edit`)
      span.text = `${(span.text ?? '').replace(/ bench-\w+$/, '')} ${marker}`
      return JSON.stringify(doc)
    })
    .join('\n')
}

/** Written beside and renamed over, so the server never reads half a file. */
function writeAtomically(path: string, text: string) {
  writeFileSync(`${path}.tmp`, text)
  renameSync(`${path}.tmp`, path)
}

async function oneRun(baseUrl: string, pagePath: string, body: string, secret: string, marker: string): Promise<number | undefined> {
  const started = performance.now()
  const signature = await encodeSignatureHeader(body, Date.now(), secret)
  const response = await fetch(`${baseUrl}/api/revalidate`, {method: 'POST', body, headers: {'content-type': 'application/json', [SIGNATURE_HEADER_NAME]: signature}})
  if (!response.ok) throw new Error(`webhook answered ${response.status}: ${await response.text()}`)
  while (performance.now() - started < TIMEOUT_MS) {
    const html = await (await fetch(baseUrl + pagePath, {cache: 'no-store'})).text()
    if (html.includes(marker)) return performance.now() - started
    await sleep(25)
  }
  return undefined
}

/** Publish → live: the median of the runs within 2 s, and no run that never showed the new text. */
export function publishGoal(times: number[], timeouts: number): Goal {
  const mid = median(times)
  const measured = times.length ? `${ms(mid)}${timeouts ? `; ${timeouts} run(s) never showed it` : ''}` : 'never appeared'
  return {what: 'publish → live: webhook to new text on the page, median', goal: `≤ ${GOAL_MS / 1000} s`, measured, met: times.length > 0 && timeouts === 0 && mid <= GOAL_MS}
}

export type PublishOptions = {baseUrl: string; dataset: string; slug: string; policyId: string; locale: string; secret: string; runs: number}

export async function publishSection(options: PublishOptions): Promise<SectionReport> {
  const original = readFileSync(options.dataset, 'utf8')
  const docs = original.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Doc)
  const revision = shownRevision(docs, options.policyId)
  if (!revision) throw new Error(`policy ${options.policyId} has no revision to edit`)
  const pagePath = `/${options.locale}/${options.slug}`
  const body = JSON.stringify({_id: revision._id, _type: 'policyRevision', policy: {_ref: options.policyId}})
  const times: number[] = []
  let timeouts = 0
  try {
    for (let i = 0; i < options.runs; i++) {
      const marker = `bench-${Date.now().toString(36)}${i}`
      writeAtomically(options.dataset, editRevision(readFileSync(options.dataset, 'utf8'), revision._id, options.locale, marker))
      const took = await oneRun(options.baseUrl, pagePath, body, options.secret, marker)
      if (took === undefined) timeouts += 1
      else times.push(took)
    }
  } finally {
    writeAtomically(options.dataset, original)
  }
  const sorted = [...times].sort((a, b) => a - b)
  const mid = median(times)
  return {
    title: 'Publish latency',
    body: [
      `\`${pagePath}\` on \`next start\`; ${options.runs} runs. Each run appends a new marker word to the first ${options.locale} span of`,
      `\`${revision._id}\` in the served NDJSON file, then signs and POSTs the webhook (\`${body}\`) and polls the page`,
      `every 25 ms until the marker is in its HTML. Time = from sending the webhook to the first page with the marker.`,
      '',
      table(['runs', 'min', 'median', 'max', `timed out (> ${TIMEOUT_MS / 1000} s)`], [[options.runs, ms(sorted[0] ?? NaN), ms(mid), ms(sorted.at(-1) ?? NaN), timeouts]]),
    ].join('\n'),
    goals: [publishGoal(times, timeouts)],
  }
}
