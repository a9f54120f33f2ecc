import {expect, test} from '@playwright/test'
import {failOnDialogs, PUBLIC_PATHS, watchForeignRequests} from './helpers'

test.describe('policy page, side by side', () => {
  for (const [locale, other] of [['kk', 'ru'], ['ru', 'kk']] as const) {
    test(`${locale}: both columns with their lang, the page's language first`, async ({page}) => {
      await page.goto(`/${locale}/privacy`)
      const rows = page.locator('main section[data-anchor]')
      await expect(rows.first()).toBeVisible()
      const count = await rows.count()
      expect(count).toBeGreaterThan(5)
      for (let i = 0; i < count; i++) {
        const columns = rows.nth(i).locator(':scope > [data-locale]')
        await expect(columns).toHaveCount(2)
        await expect(columns.nth(0)).toHaveAttribute('lang', locale)
        await expect(columns.nth(1)).toHaveAttribute('lang', other)
      }
    })
  }

  test('the same section anchors on the kk and ru pages, each heading tied to its row', async ({page}) => {
    const anchors = async (locale: string) => {
      await page.goto(`/${locale}/privacy`)
      return page.locator('main section[data-anchor]').evaluateAll((rows) => rows.map((row) => row.id))
    }
    const kk = await anchors('kk')
    expect(kk.length).toBeGreaterThan(5)
    expect(new Set(kk).size).toBe(kk.length)
    expect(await anchors('ru')).toEqual(kk)
    await expect(page.locator(`section[id="${kk[1]}"] [lang="kk"] h2[id="${kk[1]}-kk"]`)).toBeVisible()
    await expect(page.locator(`section[id="${kk[1]}"] [lang="ru"] h2[id="${kk[1]}-ru"]`)).toBeVisible()
  })

  test('the table of contents links to every section', async ({page}) => {
    await page.goto('/kk/lifecycle')
    const targets = await page.locator('nav[aria-labelledby="toc-heading"] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))
    const ids = await page.locator('main section[data-anchor]').evaluateAll((rows) => rows.map((row) => `#${row.id}`))
    expect(targets).toEqual(ids)
  })

  test('shows the version, the Almaty effective date in the page language and the organization', async ({page}) => {
    await page.goto('/ru/lifecycle')
    await expect(page.locator('main header')).toContainText('Редакция 2')
    await expect(page.locator('main header time')).toContainText(/Действует с \d{1,2} [а-я]+ \d{4}\u00a0г\./)
    await expect(page.locator('footer').last()).toContainText('Демо')
  })

  test('a policy published in one language says so once, in the reader\'s language, and its text takes the whole width', async ({page}) => {
    for (const [path, present, notice, notTranslated] of [
      ['/ru/e-karlygash', 'kk', 'Этот документ опубликован только на казахском языке.', 'не переведён'],
      ['/kk/mobile-app', 'ru', 'Бұл құжат тек орыс тілінде жарияланған.', 'аударылмаған'],
    ] as const) {
      await page.goto(path)
      await expect(page.getByRole('note').filter({hasText: notice})).toHaveCount(1)
      await expect(page.locator('main')).not.toContainText(notTranslated)
      // One text, so it is the only official one (never "equal force"), and only its hash is listed.
      await expect(page.locator(`main [data-prevailing="only-${present}"] p`)).toHaveCount(2)
      await expect(page.locator('main [data-prevailing="equal"]')).toHaveCount(0)
      await expect(page.locator('[data-hash]')).toHaveCount(2)
      await expect(page.locator(`[data-hash="${present}"]`)).toHaveCount(1)
      const rows = page.locator('main section[data-anchor]')
      await expect(rows.first()).toBeVisible()
      const count = await rows.count()
      expect(count).toBeGreaterThan(5)
      // One column per row, in the text's own language, and no per-row language switch.
      await expect(rows.locator(':scope > [data-locale]')).toHaveCount(count)
      await expect(rows.locator(`:scope > [data-locale="${present}"][lang="${present}"]`)).toHaveCount(count)
      await expect(rows.locator('a[hreflang]')).toHaveCount(0)
      const row = (await rows.first().boundingBox())!
      const column = (await rows.first().locator(':scope > [data-locale]').boundingBox())!
      expect(column.width).toBeGreaterThan(row.width * 0.95)
    }
  })

  test('a section missing from a bilingual revision says "not yet translated" in that language', async ({page}) => {
    // Version 5 of the hostile `hostile-shapes` policy: section "objects" has Kazakh text only, "kept-5" both.
    await page.goto('/ru/hostile-shapes/v/5')
    const missing = page.locator('section[data-anchor="objects"] > [data-locale="ru"]')
    await expect(missing).toHaveAttribute('lang', 'ru')
    await expect(missing).toContainText('ещё не переведён на русский')
    await expect(page.locator('section[data-anchor="kept-5"] > [data-locale]')).toHaveCount(2)
    await expect(page.locator('section[data-anchor="kept-5"]')).not.toContainText('не переведён')
    await expect(page.locator('main')).not.toContainText('опубликован только')
  })
})

test.describe('phone width', () => {
  test.use({viewport: {width: 390, height: 844}})

  test('shows the page language only, with a one-tap switch that keeps the section', async ({page}) => {
    await page.goto('/kk/privacy')
    const row = page.locator('main section[data-anchor]').nth(3)
    const anchor = await row.getAttribute('id')
    await expect(row.locator('[data-locale="kk"]')).toBeVisible()
    await expect(row.locator('[data-locale="ru"]')).toBeHidden()
    await row.getByRole('link', {name: 'Бұл бөлімді орыс тілінде оқу'}).click()
    await expect(page).toHaveURL(new RegExp(`/ru/privacy#${anchor}$`))
    await expect(page.locator(`section[id="${anchor}"] [data-locale="ru"]`)).toBeInViewport()
  })
})

test.describe('routing', () => {
  test('/ redirects by Accept-Language, Kazakh by default', async ({request}) => {
    const go = (lang?: string) =>
      request.get('/', {maxRedirects: 0, headers: lang ? {'Accept-Language': lang} : {}})
    expect((await go('ru-RU,ru;q=0.9')).headers().location).toMatch(/\/ru$/)
    expect((await go('ru-RU,ru;q=0.9')).headers().vary, 'a shared cache keeps one redirect per language').toMatch(/Accept-Language/)
    expect((await go('kk-KZ,kk;q=0.9,ru;q=0.8')).headers().location).toMatch(/\/kk$/)
    expect((await go('en-US')).headers().location).toMatch(/\/kk$/)
    expect((await go()).headers().location).toMatch(/\/kk$/)
  })

  test('unknown slug and unknown locale answer a localized 404', async ({page}) => {
    const slug = await page.goto('/ru/no-such-policy')
    expect(slug?.status()).toBe(404)
    await expect(page.getByRole('heading', {level: 1})).toHaveText('Страница не найдена')
    const locale = await page.goto('/xx/privacy')
    expect(locale?.status()).toBe(404)
    await expect(page.getByRole('heading', {level: 1})).toHaveText('Бет табылмады')
    expect((await page.goto('/kk/privacy/v/999'))?.status()).toBe(404)
    expect((await page.goto('/kk/privacy/v/abc'))?.status()).toBe(404)
  })

  test('drafts never render', async ({page}) => {
    expect((await page.goto('/kk/secret'))?.status()).toBe(404)
  })
})

test.describe('static, private, self-contained', () => {
  test('policy pages are served from the static cache with s-maxage', async ({request}) => {
    for (const path of ['/kk/privacy', '/ru/lifecycle', '/kk/lifecycle/v/1']) {
      const response = await request.get(path)
      expect(response.status()).toBe(200)
      expect(response.headers()['cache-control']).toMatch(/s-maxage=\d+/)
      expect(response.headers()['x-nextjs-cache'], path).toMatch(/^(HIT|STALE)$/)
    }
  })

  test('no page sets a cookie', async ({request}) => {
    for (const path of ['/', ...PUBLIC_PATHS, '/kk/no-such-policy']) {
      const response = await request.get(path, {maxRedirects: 0})
      expect(response.headers()['set-cookie'], path).toBeUndefined()
    }
  })

  // Accessibility of every kind of page: a11y.spec.ts.
  test('pages load nothing from another host', async ({page, baseURL}) => {
    const foreign = watchForeignRequests(page, baseURL!)
    for (const path of PUBLIC_PATHS) {
      await page.goto(path, {waitUntil: 'networkidle'})
      await expect(page.locator('main')).toBeVisible()
    }
    expect(foreign).toEqual([])
  })
})

test.describe('bad content', () => {
  test('a broken revision renders what is valid, runs nothing injected, and leaves other pages alone', async ({page}) => {
    const dialogs = failOnDialogs(page)
    await page.goto('/kk/broken/v/1')
    const row = page.locator('section[id="hostile"]')
    await expect(row.locator('[data-locale="kk"] h2')).toContainText('<script>alert(1)</script>')
    await expect(row.locator('a[href^="javascript:"]')).toHaveCount(0)
    await expect(row.locator('video, img')).toHaveCount(0)
    await expect(row).toContainText('Зиянды сілтеме')
    await page.goto('/ru/broken')
    await expect(page.locator('main')).toContainText('В этой редакции нет разделов')
    expect(dialogs).toEqual([])
    expect((await page.goto('/kk/privacy'))?.status()).toBe(200)
  })
})

test.describe('head', () => {
  test('title, description, canonical URL and hreflang alternates per language; comparisons are not indexed', async ({page, baseURL}) => {
    await page.goto('/ru/lifecycle')
    await expect(page).toHaveTitle('Политика хранения данных')
    await page.goto('/ru/lifecycle/v/2')
    await expect(page).toHaveTitle('Политика хранения данных — редакция 2')
    // A description of the document (which, which version, since when, in which languages), not the change note.
    const description = page.locator('meta[name="description"]')
    await expect(description).toHaveAttribute('content', /^Редакция 2 документа «Политика хранения данных»\. Действует с \d{1,2} [а-я]+ \d{4}\u00a0г\. Тексты на казахском и русском языках/)
    await expect(description).not.toHaveAttribute('content', /Срок хранения увеличен/)
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${baseURL}/ru/lifecycle/v/2`)
    for (const [lang, path] of [['kk', '/kk/lifecycle/v/2'], ['ru', '/ru/lifecycle/v/2'], ['x-default', '/kk/lifecycle/v/2']]) {
      await expect(page.locator(`link[rel="alternate"][hreflang="${lang}"]`)).toHaveAttribute('href', `${baseURL}${path}`)
    }
    await expect(page.locator('meta[name="robots"]')).toHaveCount(0)
    await page.goto('/kk/lifecycle/compare/1/2')
    await expect(page).toHaveTitle('Деректерді сақтау саясаты — 1- және 2-редакцияларды салыстыру')
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /2-редакциясына енгізілген өзгерістер\./)
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex')
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${baseURL}/kk/lifecycle/compare/1/2`)
  })

  test('every page kind has a title of its own and a description, in both languages', async ({page}) => {
    for (const [path, title] of [
      ['/kk', /.+/],
      ['/ru', /.+/],
      ['/kk/lifecycle/v/1', 'Деректерді сақтау саясаты — 1-редакция (мұрағат)'],
      ['/ru/lifecycle/v/1', 'Политика хранения данных — редакция 1 (архив)'],
      ['/kk/lifecycle/history', 'Деректерді сақтау саясаты — өзгерістер тарихы'],
      ['/ru/lifecycle/history', 'Политика хранения данных — история изменений'],
      ['/ru/lifecycle/compare/1/2', 'Политика хранения данных — сравнение редакций 1 и 2'],
      ['/kk/mobile-app', /.+/],
      ['/ru/e-karlygash', /.+/],
    ] as const) {
      await page.goto(path)
      await expect(page, path).toHaveTitle(title)
      await expect(page.locator('meta[name="description"]'), path).toHaveAttribute('content', /^\S.{40,}[.]$/)
    }
    await page.goto('/kk/mobile-app')
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /Бұл құжат тек орыс тілінде жарияланған\.$/)
  })

  test('the index marks a title that exists only in the other language', async ({page}) => {
    await page.goto('/kk')
    await expect(page.locator('main h2').filter({hasText: 'Политика конфиденциальности Мобильного приложения'})).toContainText('(тек орыс тілінде)')
    await page.goto('/ru')
    await expect(page.locator('main h2').filter({hasText: 'getxkz.com'})).toContainText('(только на казахском)')
    await expect(page.locator('main h2').filter({hasText: 'Политика хранения данных'})).not.toContainText('(только')
  })
})
