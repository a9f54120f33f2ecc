// The editors' path in the real Studio, offline: a production build with LOCAL_CONTENT_LAKE=1 on a fresh copy of the
// demo dataset (e2e/fixtures/serve.ts), every request to a host other than loopback refused. Serial: each test goes
// on from the state the one before it published.
import {spawnSync} from 'node:child_process'
import {readDataset} from '@/lib/content/dataset'
import {expect, test, type Page} from '@playwright/test'
import {almatyToday} from '@/lib/revisions/dates'
import {servers} from './fixtures/servers'
import {waitForServer} from './helpers'

const site = `http://127.0.0.1:${servers.studio.port}`
const privacy = '/studio/structure/policies;policy-privacy;revisions'
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]'])
const KK_ADDITION = 'Сақтау мерзімі 30 күн.'
const RU_MISMATCH = 'Срок хранения 45 дней.'
const RU_ADDITION = 'Срок хранения 30 дней.'

test.describe.configure({mode: 'serial'})
test.setTimeout(180_000)

const currentVersion = async () => ((await (await fetch(`${site}/api/policies/privacy`)).json()) as {current: {version: number}}).current.version

/** `npm run content-lake:reset` on the server's dataset: the running lake reads it, the pages follow by webhook. */
function resetDataset() {
  const run = spawnSync('npx', ['tsx', 'scripts/reset-content-lake.ts'], {env: {...process.env, LOCAL_DATASET: servers.studio.dataset}, encoding: 'utf8'})
  expect(run.status, run.stderr).toBe(0)
  return run.stdout
}

// From the demo whatever an earlier attempt left (a retry starts the group again).
test.beforeAll(async () => {
  await waitForServer(`${site}/kk`, 120_000)
  resetDataset()
  await expect.poll(currentVersion, {timeout: 15_000}).toBe(2)
})

let refused: string[] = []
test.beforeEach(async ({context}) => {
  refused = []
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url())
    if (LOOPBACK.has(url.hostname)) return route.continue()
    refused.push(url.host)
    return route.abort('blockedbyclient')
  })
})

async function open(page: Page, path: string) {
  await page.goto(`${site}${path}`)
}

const field = (page: Page, path: string) => page.getByTestId(`field-${path}`)
const menuAction = async (page: Page, name: string | RegExp) => {
  await page.getByTestId('action-menu-button').click()
  await page.getByRole('menuitem', {name}).click()
}
const publishButton = (page: Page) => page.getByTestId('action-publish')

/** Types the effective date and waits until the document has it (its title says so), typing again if the form was
 * still settling on the new document. */
async function setEffectiveDate(page: Page, version: number, day: string) {
  await expect(async () => {
    await page.locator('input[id="effectiveFrom"]').fill(day)
    await page.keyboard.press('Tab')
    await expect(page.getByText(`v${version} · from ${day}`).first()).toBeVisible({timeout: 5_000})
  }).toPass({timeout: 60_000})
}

/** The policy's published revisions and drafts, straight from the local Content Lake. */
async function lakeQuery<T>(query: string): Promise<T> {
  const {apiHost} = (await (await fetch(`${site}/api/content-lake`)).json()) as {apiHost: string}
  const url = `${apiHost}/v2025-02-19/data/query/production?query=${encodeURIComponent(query)}&perspective=raw`
  return ((await (await fetch(url)).json()) as {result: T}).result
}

test('the desk: site settings, policies and all revisions; privacy newest first with its status; a revision in force is locked', async ({page}) => {
  await open(page, '/studio')
  for (const item of ['Site settings', 'Policies', 'All revisions']) await expect(page.getByTestId(`pane-item-${item}`)).toBeVisible({timeout: 60_000})

  await open(page, privacy)
  const revisions = page.getByRole('link', {name: /v\d+ · (from|no date)/})
  await expect(revisions).toHaveText([/v2 · from 2025-09-01/, /v1 · from 2021-01-15/], {timeout: 60_000})
  await expect(revisions.nth(0).getByLabel('Current: in force today')).toBeVisible()
  await expect(revisions.nth(1).getByLabel('Archive: replaced by a later revision')).toBeVisible()

  await revisions.nth(0).click()
  await expect(page.locator('input[id="version"]')).toHaveValue('2', {timeout: 60_000})
  for (const id of ['version', 'effectiveFrom', 'summary.kk', 'summary.ru']) await expect(page.locator(`[id="${id}"]`)).toHaveAttribute('readonly', '')
  await page.getByTestId('action-menu-button').click()
  await expect(page.getByRole('menuitem', {name: /^Delete/})).toBeDisabled()
  await page.keyboard.press('Escape')
  expect(refused, 'hosts refused while the Studio worked').not.toHaveLength(0)
})

test('site settings: requiring both languages and which text prevails, published, change what the pages say', async ({page}) => {
  await open(page, '/studio/structure/siteSettings')
  await expect(page.getByRole('checkbox', {name: 'Require both languages'})).toBeVisible({timeout: 60_000})
  await page.getByRole('checkbox', {name: 'Require both languages'}).check()
  await page.getByRole('radio', {name: 'The Kazakh text prevails'}).check()
  await expect(publishButton(page)).toBeEnabled({timeout: 30_000})
  await publishButton(page).click()
  await expect.poll(() => lakeQuery('*[_id in ["siteSettings", "drafts.siteSettings"]]{_id, requireBothLanguages, prevailingLanguage}'), {timeout: 15_000}).toEqual([
    {_id: 'siteSettings', requireBothLanguages: true, prevailingLanguage: 'kk'},
  ])
  await expect(publishButton(page)).toBeDisabled()
  await expect.poll(async () => (await (await fetch(`${site}/kk/privacy`)).text()).includes('қазақ тіліндегі мәтін басым болады'), {timeout: 15_000}).toBe(true)
})

test('create next revision: v3 copies the sections; kk and ru typed side by side; the rules and the fidelity check speak in the form (a duration that differs between kk and ru)', async ({page}) => {
  await open(page, `${privacy};policyRevision-privacy-v2`)
  await expect(page.locator('input[id="version"]')).toHaveValue('2', {timeout: 60_000})
  await menuAction(page, 'Create next revision (v3)')
  await expect(page.locator('input[id="version"]')).toHaveValue('3', {timeout: 30_000})
  await expect(page.locator('input[id="version"]')).not.toHaveAttribute('readonly', '')
  // Every section of v2, copied into the v3 draft.
  const counts = () => lakeQuery<{version: number; sections: number}[]>('*[_type == "policyRevision" && policy._ref == "policy-privacy" && version in [2, 3]] | order(version asc) {version, "sections": count(sections)}')
  await expect.poll(async () => new Set((await counts()).map((row) => row.sections)).size).toBe(1)
  expect((await counts()).map((row) => row.version)).toEqual([2, 3])
  expect((await counts())[0].sections).toBeGreaterThan(1)

  await setEffectiveDate(page, 3, almatyToday())
  await page.locator('textarea[id="summary.kk"]').fill('Сақтау мерзімі қосылды.')
  await page.locator('textarea[id="summary.ru"]').fill('Добавлен срок хранения.')

  // A new section, typed in the kk and ru columns of its dialog; its Russian heading left empty at first.
  await field(page, 'sections').getByRole('button', {name: 'Add item'}).click()
  await page.locator('input[id$="].heading.kk"]').fill('Сақтау мерзімі')
  await page.locator('[data-testid$="].body.kk"] [contenteditable="true"]').click()
  await page.keyboard.type(KK_ADDITION)
  const ru = page.locator('[data-testid$="].body.ru"] [contenteditable="true"]')
  await ru.click()
  await page.keyboard.type(RU_MISMATCH)

  // The document's validation panel lists every rule's message with its text: the empty Russian heading is an error
  // now that the site settings require both languages; the differing duration is the fidelity check's warning.
  await page.getByRole('button', {name: 'Validation'}).click()
  await expect(page.getByText('Missing Russian (ru) heading (site settings require both languages)').first()).toBeVisible({timeout: 30_000})
  await expect(page.getByText(/Durations differ: only kk has 30 day .*; only ru has 45 day/).first()).toBeVisible({timeout: 30_000})
  await expect(publishButton(page)).toBeDisabled()

  await page.locator('input[id$="].heading.ru"]').fill('Срок хранения')
  await expect(page.getByText(/site settings require both languages/)).toHaveCount(0, {timeout: 30_000})
  await ru.click()
  await page.keyboard.press('Control+A')
  await page.keyboard.type(RU_ADDITION)
  await expect(page.getByText(/Durations differ/)).toHaveCount(0, {timeout: 30_000})
  await page.keyboard.press('Escape')
})

test('publishing v3 effective today puts it on the pages, in the history and in the JSON', async ({page, request}) => {
  const before = await request.get(`${site}/api/policies/privacy`)
  const etag = before.headers()['etag']
  expect((await before.json()).current.version).toBe(2)

  await open(page, '/studio/structure/all-revisions')
  await page.getByRole('link', {name: /v3 · /}).click()
  await expect(page.locator('input[id="version"]')).toHaveValue('3', {timeout: 60_000})
  await expect(publishButton(page)).toBeEnabled({timeout: 30_000})
  await publishButton(page).click()

  await expect.poll(async () => (await (await fetch(`${site}/kk/privacy`)).text()).includes(KK_ADDITION), {timeout: 15_000}).toBe(true)
  expect(await (await fetch(`${site}/ru/privacy`)).text()).toContain(RU_ADDITION)
  const history = await (await fetch(`${site}/kk/privacy/history`)).text()
  expect(history).toContain('Сақтау мерзімі қосылды.')
  const after = await request.get(`${site}/api/policies/privacy`)
  expect((await after.json()).current.version).toBe(3)
  expect(after.headers()['etag']).not.toBe(etag)
})

test('a draft that is discarded disappears', async ({page}) => {
  await open(page, `${privacy};policyRevision-privacy-v2`)
  await expect(page.locator('input[id="version"]')).toHaveValue('2', {timeout: 60_000})
  await menuAction(page, /Create next revision|Open next revision draft/)
  await expect(page.locator('input[id="version"]')).toHaveValue('4', {timeout: 30_000})
  await expect.poll(() => lakeQuery<number[]>('*[_type == "policyRevision" && version == 4].version')).toEqual([4])
  // Opened afresh, as an editor coming back to it would.
  const [draftId] = await lakeQuery<string[]>('*[_type == "policyRevision" && version == 4]._id')
  await open(page, `/studio/structure/all-revisions;${draftId.replace(/^drafts\./, '')}`)
  await expect(page.locator('input[id="version"]')).toHaveValue('4', {timeout: 60_000})
  await page.getByTestId('action-menu-button').click()
  const discard = page.getByRole('menuitem', {name: /^Discard changes/})
  await expect(discard).toBeEnabled({timeout: 30_000})
  await discard.click()
  await page.getByRole('dialog').getByRole('button', {name: /^(Discard|Delete)/}).click()
  await expect.poll(() => lakeQuery<number[]>('*[_type == "policyRevision" && version == 4].version'), {timeout: 15_000}).toEqual([])
  await open(page, privacy)
  await expect(page.getByRole('link', {name: /v\d+ · (from|no date)/})).toHaveText([/v3 · /, /v2 · /, /v1 · /], {timeout: 60_000})
})

test('Vision runs a GROQ query against the local Content Lake', async ({page}) => {
  await open(page, '/studio/vision')
  const editor = page.locator('.cm-content').first()
  await expect(editor).toBeVisible({timeout: 60_000})
  await editor.click()
  await page.keyboard.press('Control+A')
  await page.keyboard.type('count(*[_type == "policy"]) * 111')
  await page.getByRole('button', {name: /Fetch/}).click()
  await expect(page.getByText('555', {exact: true}).first()).toBeVisible({timeout: 30_000})
})

test('after a restart v3 is still there (the working copy persists)', async () => {
  // What a restarted server reads: the working copy on disk (a second `next start` on the same build answered from
  // the build's shared page cache, which made this check flaky).
  const published = readDataset(servers.studio.dataset).documents.filter((doc) => doc._type === 'policyRevision' && !doc._id.startsWith('drafts.'))
  const versions = published.filter((doc) => (doc as {policy?: {_ref?: string}}).policy?._ref === 'policy-privacy').map((doc) => (doc as {version?: number}).version)
  expect(versions.sort()).toEqual([1, 2, 3])
})

test('the reset command restores the demo, in the Studio and on the pages', async ({page}) => {
  expect(resetDataset()).toContain('Reset')
  await expect.poll(currentVersion, {timeout: 15_000}).toBe(2)
  expect(await lakeQuery<number[]>('*[_type == "policyRevision" && policy._ref == "policy-privacy"] | order(version desc).version')).toEqual([2, 1])
  await open(page, privacy)
  await expect(page.getByRole('link', {name: /v\d+ · (from|no date)/})).toHaveText([/v2 · /, /v1 · /], {timeout: 60_000})
})
