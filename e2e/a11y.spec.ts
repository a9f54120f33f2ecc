// Accessibility: axe on every kind of page in both languages, at desktop and phone width, and the keyboard path
// through a page (skip link, language switch, contents, per-section switch on a phone, the compare legend).
// Runs on the e2e dataset's `lifecycle` policy: version 1 archived, 2 current, 3 upcoming.
import AxeBuilder from '@axe-core/playwright'
import {expect, test, type Locator, type Page} from '@playwright/test'

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({page}).analyze()
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

const PAGES: [string, (locale: string) => string][] = [
  ['index', (l) => `/${l}`],
  ['policy (current v2, upcoming notice)', (l) => `/${l}/lifecycle`],
  ['archived revision v1', (l) => `/${l}/lifecycle/v/1`],
  ['upcoming revision v3', (l) => `/${l}/lifecycle/v/3`],
  ['history', (l) => `/${l}/lifecycle/history`],
  ['compare 1 → 2', (l) => `/${l}/lifecycle/compare/1/2`],
  ['compare 2 → 3', (l) => `/${l}/lifecycle/compare/2/3`],
  ['404', (l) => `/${l}/no-such-policy`],
  ['app view', (l) => `/${l}/lifecycle/app`],
  ['app view, archived v1', (l) => `/${l}/lifecycle/v/1/app`],
]

const PHONE_KINDS = ['index', 'policy (current v2, upcoming notice)', 'compare 1 → 2', 'app view']

for (const [width, viewport] of [['desktop', {width: 1280, height: 800}], ['phone', {width: 390, height: 844}]] as const) {
  test.describe(`axe at ${width} width`, () => {
    test.use({viewport})
    // Every kind of page at desktop width; at phone width the kinds whose layout changes (one column, the
    // per-section switch, the stacked compare), to keep the suite's time in check.
    for (const [kind, path] of width === 'desktop' ? PAGES : PAGES.filter(([kind]) => PHONE_KINDS.includes(kind))) {
      for (const locale of ['kk', 'ru']) {
        test(`${kind}, ${locale}`, async ({page}) => {
          const response = await page.goto(path(locale))
          expect(response?.status()).toBe(kind === '404' ? 404 : 200)
          await expect(page.locator('html')).toHaveAttribute('lang', locale)
          const violations = await axeViolations(page)
          expect(violations).toEqual([])
        })
      }
    }
  })
}

/** Presses Tab until `target` has focus, at most `max` times; fails if it never gets there. */
async function tabTo(page: Page, target: Locator, max: number) {
  for (let presses = 0; presses < max; presses++) {
    await page.keyboard.press('Tab')
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) break
  }
  await expect(target).toBeFocused()
}

test.describe('keyboard', () => {
  test('from the top: the skip link first, then the language switch, then the contents', async ({page}) => {
    await page.goto('/kk/lifecycle')
    await page.keyboard.press('Tab')
    const skip = page.locator('a[href="#main"]')
    await expect(skip).toBeFocused()
    await expect(skip).toHaveText('Негізгі мазмұнға өту')
    // sr-only until focused: then a sighted keyboard user sees it.
    expect((await skip.boundingBox())?.width).toBeGreaterThan(20)

    const switchLink = page.getByRole('navigation', {name: 'Тіл'}).getByRole('link')
    await expect(switchLink).toHaveAttribute('href', '/ru/lifecycle')
    await tabTo(page, switchLink, 2)

    const toc = page.locator('nav[aria-labelledby="toc-heading"] a')
    await expect(toc).toHaveCount(4)
    await tabTo(page, toc.first(), 8)
    await page.keyboard.press('Tab')
    await expect(toc.nth(1)).toBeFocused()
  })

  test('the skip link takes focus past the header to the main content', async ({page}) => {
    await page.goto('/ru/lifecycle')
    await page.keyboard.press('Tab')
    await expect(page.locator('a[href="#main"]')).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/#main$/)
    await page.keyboard.press('Tab')
    await expect(page.locator('main :focus')).toHaveCount(1)
  })

  test('Enter on a contents link goes to that section', async ({page}) => {
    await page.goto('/ru/lifecycle')
    const link = page.locator('nav[aria-labelledby="toc-heading"] a').nth(2)
    const href = await link.getAttribute('href')
    expect(href).toMatch(/^#[\w-]+$/)
    await tabTo(page, link, 12)
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(new RegExp(`${href}$`))
    await expect(page.locator(`section[id="${href!.slice(1)}"] h2`).first()).toBeInViewport()
  })

  test('on the compare page the legend can be reached and folded from the keyboard', async ({page}) => {
    await page.goto('/kk/lifecycle/compare/1/2')
    const details = page.locator('main details').first()
    await expect(details).toHaveAttribute('open', '')
    const summary = details.locator('summary')
    await tabTo(page, summary, 12)
    await page.keyboard.press('Enter')
    await expect(details).not.toHaveAttribute('open')
    await page.keyboard.press('Enter')
    await expect(details).toHaveAttribute('open', '')
  })

  test.describe('phone width', () => {
    test.use({viewport: {width: 390, height: 844}})

    test('each section has its language switch in the Tab order; the other column is skipped', async ({page}) => {
      await page.goto('/kk/lifecycle')
      const rows = page.locator('main section[data-anchor]')
      const first = rows.first()
      const anchor = await first.getAttribute('id')
      const switchLink = first.getByRole('link', {name: 'Бұл бөлімді орыс тілінде оқу'})
      await expect(switchLink).toBeVisible()
      await tabTo(page, switchLink, 15)
      await page.keyboard.press('Tab')
      await expect(rows.nth(1).getByRole('link', {name: 'Бұл бөлімді орыс тілінде оқу'})).toBeFocused()
      await page.keyboard.press('Shift+Tab')
      await page.keyboard.press('Enter')
      await expect(page).toHaveURL(new RegExp(`/ru/lifecycle#${anchor}$`))
    })
  })
})
