// The Sanity content source with the real @sanity/client, against a local stand-in of the Content Lake that
// answers from NDJSON with groq-js. When the stand-in fails or hangs, the last good page stays served.
import {readFileSync, writeFileSync} from 'node:fs'
import {encodeSignatureHeader, SIGNATURE_HEADER_NAME} from '@sanity/webhook'
import {expect, test, type APIRequestContext} from '@playwright/test'
import {servers, WEBHOOK_SECRET} from './fixtures/servers'
import {waitForServer} from './helpers'

const site = `http://127.0.0.1:${servers.sanity.port}`
const lake = `http://127.0.0.1:${servers.lake.port}`
const body = JSON.stringify({_id: 'policyRevision-lifecycle-v2', _type: 'policyRevision', policy: {_ref: 'policy-lifecycle'}})

async function publish(request: APIRequestContext, from: string, to: string) {
  const dataset = readFileSync(servers.sanity.dataset, 'utf8')
  writeFileSync(servers.sanity.dataset, dataset.replace(`Данные хранятся ${from} дней`, `Данные хранятся ${to} дней`))
  const signature = await encodeSignatureHeader(body, Date.now(), WEBHOOK_SECRET)
  const response = await request.post(`${site}/api/revalidate`, {data: body, headers: {'content-type': 'application/json', [SIGNATURE_HEADER_NAME]: signature}})
  expect(response.status()).toBe(200)
}

async function page(request: APIRequestContext) {
  const response = await request.get(`${site}/ru/lifecycle`, {timeout: 30_000})
  return {status: response.status(), days: /Данные хранятся (\d+) дней/.exec(await response.text())?.[1]}
}

test.describe.configure({mode: 'serial'})

test('reads through @sanity/client, and keeps the last good page when the Content Lake fails or hangs', async ({request}) => {
  test.setTimeout(90_000)
  await waitForServer(`${site}/kk`)
  await request.post(`${lake}/__mode`, {data: 'ok'})
  await publish(request, '90', '120')
  expect(await page(request)).toEqual({status: 200, days: '120'})

  for (const mode of ['fail', 'hang']) {
    await request.post(`${lake}/__mode`, {data: mode})
    await publish(request, '120', '150')
    expect(await page(request)).toEqual({status: 200, days: '120'})
    expect(await page(request)).toEqual({status: 200, days: '120'})
    // A page no build prerendered (only pairs into the current and upcoming versions are) renders from the last
    // good content too.
    expect((await request.get(`${site}/ru/lifecycle/compare/1/3`, {timeout: 30_000})).status()).toBe(200)
    await publish(request, '150', '120')
  }

  await request.post(`${lake}/__mode`, {data: 'ok'})
  await publish(request, '120', '180')
  expect(await page(request)).toEqual({status: 200, days: '180'})
})
