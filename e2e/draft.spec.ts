// Editors preview drafts in draft mode (a cookie on their browser only), with markers where kk and ru disagree.
import {expect, test} from '@playwright/test'
import {PREVIEW_SECRET} from './fixtures/servers'

test('draft mode shows the draft and marks the row whose languages disagree; readers see the published text', async ({page, browser}) => {
  const refused = await page.request.get('/api/draft-mode/enable?secret=wrong&redirect=/ru/lifecycle', {maxRedirects: 0})
  expect(refused.status()).toBe(401)

  await page.goto(`/api/draft-mode/enable?secret=${PREVIEW_SECRET}&redirect=/ru/lifecycle`)
  await expect(page).toHaveURL(/\/ru\/lifecycle$/)
  await expect(page.getByRole('status')).toContainText('Предпросмотр')
  const row = page.locator('section[id="2"]')
  await expect(row.locator('[lang="ru"]')).toContainText('60 дней')
  await expect(row.locator('[data-fidelity-marker]')).toContainText('срок')
  await expect(page.locator('[data-fidelity-marker]')).toHaveCount(1)

  const reader = await browser.newPage()
  await reader.goto(page.url())
  await expect(reader.locator('section[id="2"] [lang="ru"]')).toContainText('90 дней')
  await expect(reader.locator('[data-fidelity-marker]')).toHaveCount(0)
  await reader.close()

  await page.goto('/api/draft-mode/disable?redirect=/ru/lifecycle')
  await expect(page.locator('section[id="2"] [lang="ru"]')).toContainText('90 дней')
})
