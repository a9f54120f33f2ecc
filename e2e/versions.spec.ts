// The `lifecycle` policy of the e2e dataset has v1 (archived, from 400 days ago), v2 (current, from 30 days ago)
// and v3 (upcoming, in 20 days, requires consent): every versioned page, whatever day the suite runs.
import {expect, test} from '@playwright/test'
import {kazakhDate} from '@/lib/i18n/kazakh-dates'
import {almatyToday, formatDay} from '@/lib/revisions/dates'
import {dayOffset} from './fixtures/timeline-policy'

const today = almatyToday()
const v2From = formatDay(dayOffset(today, -30), 'ru')
const v3From = formatDay(dayOffset(today, 20), 'ru')

test('the current page shows v2 and announces v3 with its summary and a link to the comparison', async ({page}) => {
  await page.goto('/ru/lifecycle')
  await expect(page.locator('main header')).toContainText('Редакция 2')
  await expect(page.locator('main header')).toContainText(`Действует с ${v2From}`)
  const notice = page.getByRole('note').filter({hasText: 'вступает в силу новая редакция 3'})
  await expect(notice).toContainText(v3From)
  await expect(notice).toContainText('Срок хранения сокращён до 60 дней')
  await notice.getByRole('link', {name: 'Посмотреть, что изменится'}).click()
  await expect(page).toHaveURL(/\/ru\/lifecycle\/compare\/2\/3$/)
})

test('an archived revision says when it was in force and links to the current one', async ({page}) => {
  await page.goto('/kk/lifecycle/v/1')
  const notice = page.getByRole('note')
  await expect(notice).toContainText('1-редакция')
  // In force from v1's date to the day before v2's, both included: the nominative before «аралығында».
  await expect(notice).toContainText(`Бұл — ${kazakhDate(dayOffset(today, -400))} – ${kazakhDate(dayOffset(today, -31))} аралығында күшінде болған 1-редакция.`)
  await expect(page).toHaveTitle('Деректерді сақтау саясаты — 1-редакция (мұрағат)')
  await expect(page.locator('section[id="2"] [lang="kk"]')).toContainText('30 күн')
  await notice.getByRole('link', {name: 'Қолданыстағы редакция'}).click()
  await expect(page).toHaveURL(/\/kk\/lifecycle$/)
})

test('an upcoming revision says when it takes effect', async ({page}) => {
  await page.goto('/ru/lifecycle/v/3')
  await expect(page.getByRole('note')).toContainText(`Эта редакция вступает в силу ${v3From}`)
  await expect(page.locator('main header')).toContainText('Предстоящая')
})

test('each revision shows its content hashes and permanent link', async ({page}) => {
  await page.goto('/ru/lifecycle/v/2')
  for (const which of ['all', 'kk', 'ru']) {
    await expect(page.locator(`[data-hash="${which}"]`)).toHaveText(/^[0-9a-f]{64}$/)
  }
  await expect(page.getByRole('link', {name: /\/ru\/lifecycle\/v\/2$/})).toBeVisible()
  const v2 = await page.locator('[data-hash="all"]').textContent()
  await page.goto('/ru/lifecycle/v/1')
  await expect(page.locator('[data-hash="all"]')).not.toHaveText(v2!)
})

test('the history lists every revision with its period, both summaries side by side and links', async ({page}) => {
  await page.goto('/ru/lifecycle/history')
  const items = page.locator('main ol > li')
  await expect(items).toHaveCount(3)
  await expect(items.nth(0)).toContainText('Редакция 3')
  await expect(items.nth(0)).toContainText('Предстоящая')
  await expect(items.nth(1)).toContainText('Действующая')
  await expect(items.nth(2)).toContainText('Архивная')
  await expect(items.nth(1).locator('p[lang="ru"]')).toContainText('Срок хранения увеличен до 90 дней')
  await expect(items.nth(1).locator('p[lang="kk"]')).toContainText('Сақтау мерзімі 90 күнге ұзартылды')
  // The first version has no summary: each column says so in its own language.
  await expect(items.nth(2).locator('p[lang="ru"]')).toHaveText('Первая редакция.')
  await expect(items.nth(2).locator('p[lang="kk"]')).toHaveText('Алғашқы редакция.')
  await items.nth(1).getByRole('link', {name: 'Сравнить с редакцией 1'}).click()
  await expect(page).toHaveURL(/\/ru\/lifecycle\/compare\/1\/2$/)
})

test('compare marks inserted and deleted words in both languages, and added, removed and moved sections', async ({page}) => {
  await page.goto('/kk/lifecycle/compare/1/2')
  const retention = page.locator('[data-status="changed"]').filter({hasText: 'Сақтау мерзімі'})
  await expect(retention.locator('[lang="kk"] del')).toContainText('30')
  await expect(retention.locator('[lang="kk"] ins')).toContainText('90')
  await expect(retention.locator('[lang="ru"] del')).toContainText('30')
  await expect(retention.locator('[lang="ru"] ins')).toContainText('90')
  await expect(page.locator('[data-status="added"]')).toContainText('Cookie')
  await expect(page.locator('details[data-status="unchanged"]').first()).not.toHaveAttribute('open', '')
  await page.goto('/kk/lifecycle/compare/2/3')
  await expect(page.locator('[data-status="removed"]')).toContainText('Байланыс')
  await expect(page.locator('[data-status="moved"]')).toHaveCount(1)
  // How much changed, zero counts left out.
  await expect(page.locator('main header')).not.toContainText(/(^|\D)0 бөлім/)
  await expect(page.locator('main header')).toContainText('1 бөлім алынды')
})

test('compare: a reversed pair redirects to the canonical order, equal or unknown versions are 404', async ({page, request}) => {
  const reversed = await request.get('/ru/lifecycle/compare/3/1', {maxRedirects: 0})
  expect(reversed.status()).toBe(308)
  expect(reversed.headers().location).toMatch(/\/ru\/lifecycle\/compare\/1\/3$/)
  await page.goto('/ru/lifecycle/compare/1/3')
  await expect(page.locator('main h1')).toContainText('1 и 3')
  expect((await request.get('/ru/lifecycle/compare/2/2')).status()).toBe(404)
  expect((await request.get('/ru/lifecycle/compare/1/9')).status()).toBe(404)
})

test('the Atom feed has one entry per revision and is advertised by the page', async ({page, request}) => {
  await page.goto('/ru/lifecycle')
  const href = await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href')
  expect(href).toMatch(/\/ru\/lifecycle\/feed\.xml$/)
  const feed = await request.get(href!)
  expect(feed.headers()['content-type']).toContain('application/atom+xml')
  const xml = await feed.text()
  expect(xml.match(/<entry>/g)).toHaveLength(3)
  expect(xml).toContain('/ru/lifecycle/v/3')
  expect(xml).toContain('Срок хранения сокращён до 60 дней')
})

test('the sitemap lists policy, revision and history pages with hreflang alternates', async ({request}) => {
  const xml = await (await request.get('/sitemap.xml')).text()
  for (const path of ['/kk/lifecycle', '/ru/lifecycle/history', '/kk/lifecycle/v/1', '/ru/privacy/v/2']) {
    expect(xml).toContain(`${path}</loc>`)
  }
  expect(xml).toMatch(/<xhtml:link rel="alternate" hreflang="ru" href="[^"]+\/ru\/lifecycle"/)
  expect(xml).not.toContain('/secret')
})

test.describe('print', () => {
  test('prints both columns side by side with version, dates and hash', async ({page}) => {
    await page.setViewportSize({width: 390, height: 844})
    await page.goto('/kk/lifecycle')
    await page.emulateMedia({media: 'print'})
    const row = page.locator('section[id="2"]')
    await expect(row.locator('[data-locale="ru"]')).toBeVisible()
    await expect(row.locator('[data-locale="kk"]')).toBeVisible()
    await expect(page.locator('[data-hash="all"]')).toBeVisible()
    await expect(page.locator('main header')).toContainText('2-редакция')
    await expect(page.locator('main header')).toContainText(`${kazakhDate(dayOffset(today, -30), 'ablative')} бастап күшінде`)
    const pdf = await page.pdf({format: 'A4'})
    expect(pdf.byteLength).toBeGreaterThan(10_000)
  })
})

test('compare rows carry their section anchors, so a link can open a comparison at one section', async ({page}) => {
  await page.goto('/ru/lifecycle/v/2')
  const anchors = await page.locator('main section[data-anchor]').evaluateAll((rows) => rows.map((row) => row.id))
  await page.goto(`/ru/lifecycle/compare/1/2#${anchors.at(-1)}`)
  const rows = page.locator('main [data-status]')
  const ids = await rows.evaluateAll((nodes) => nodes.map((node) => node.id))
  expect(ids.filter((id) => !id.endsWith('-removed'))).toEqual(anchors)
  expect(new Set(ids).size).toBe(ids.length)
  await expect(page.locator(`[id="${anchors.at(-1)}"]`)).toBeInViewport()
})

test('every policy page, version, app view and JSON says which text prevails (equal force unless set)', async ({page, request}) => {
  await page.goto('/kk/lifecycle')
  const statement = page.locator('main [data-prevailing="equal"]')
  await expect(statement.locator('p[lang="kk"]')).toHaveText('Қазақ және орыс тілдеріндегі мәтіндердің заңды күші бірдей.')
  await expect(statement.locator('p[lang="ru"]')).toHaveText('Тексты на казахском и русском языках имеют одинаковую юридическую силу.')
  await page.goto('/ru/lifecycle/v/1')
  await expect(page.locator('main [data-prevailing="equal"] p')).toHaveCount(2)
  await page.goto('/ru/lifecycle/app')
  await expect(page.locator('[data-prevailing="equal"]')).toHaveText('Тексты на казахском и русском языках имеют одинаковую юридическую силу.')
  // A policy with one text states that this text is the only official one, never equal force.
  await page.goto('/kk/mobile-app')
  await expect(page.locator('main [data-prevailing="only-ru"] p[lang="kk"]')).toHaveText('Құжаттың ресми мәтіні тек орыс тілінде.')
  await expect(page.locator('main [data-prevailing="only-ru"] p[lang="ru"]')).toHaveText('Официальный текст документа существует только на русском языке.')
  for (const path of ['/kk/mobile-app/app', '/ru/mobile-app/app']) {
    await page.goto(path)
    await expect(page.locator('[data-prevailing="only-ru"]')).toHaveCount(1)
    await expect(page.locator('[data-prevailing="equal"]')).toHaveCount(0)
  }
  const json = (await (await request.get('/api/policies/lifecycle')).json()) as {prevailingLanguage: unknown}
  expect(json.prevailingLanguage).toBeNull()
})
