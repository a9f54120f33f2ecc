// Every reader page kind, in both languages, on the demo dataset and on the e2e dataset (demo + hostile +
// broken documents), rendered by the site's renderer (lib/html/render.ts) and by react-dom/server: the markup
// must be identical. The pages are loaded by the same loaders the routes call, through the local content source,
// with Next's cache and request scope stood in for.
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import type {ReactElement} from 'react'
import {renderToStaticMarkup} from 'react-dom/server'
import {describe, expect, it, vi} from 'vitest'
import {e2eDataset} from '@/e2e/fixtures/datasets'
import {renderToStaticHtml} from '@/lib/html/render'

vi.mock('next/cache', () => ({unstable_cache: (fn: () => unknown) => fn}))
vi.mock('next/headers', () => ({
  draftMode: async () => {
    throw new Error('outside a request')
  },
}))
// Route handlers resolve the `react-server` build of @portabletext/react (plain functions, no hooks): test that one.
// @ts-expect-error the package publishes no types for this build file
vi.mock('@portabletext/react', () => import('../../node_modules/@portabletext/react/dist/index.react-server.js'))

type Rendered = {path: string; tree: ReactElement}

/** Every page of a dataset, as the routes would render it, through the real loaders and components. */
async function pagesOf(dataset: string): Promise<Rendered[]> {
  vi.resetModules()
  process.env.LOCAL_DATASET = dataset
  process.env.CONTENT_SOURCE = 'local'
  const load = await import('@/lib/pages/load')
  const {getPolicySlugs, getPolicyTimeline} = await import('@/lib/content/getters')
  const {translator} = await import('@/lib/i18n/translator')
  const {IndexPage} = await import('./IndexPage')
  const {RevisionPage} = await import('./RevisionPage')
  const {HistoryPage} = await import('./HistoryPage')
  const {ComparePage} = await import('./ComparePage')
  const {NotFoundPage} = await import('./NotFoundPage')
  const {GlobalNotFoundPage} = await import('./GlobalNotFoundPage')
  const pages: Rendered[] = [{path: '(outside both languages)', tree: <GlobalNotFoundPage />}]
  const add = async <T,>(path: string, loaded: Promise<import('@/lib/pages/load').Loaded<T>>, Page: (p: never) => ReactElement) => {
    const page = await loaded
    if (page.kind !== 'page') throw new Error(`${path}: ${page.kind}`)
    const Component = Page as (p: object) => ReactElement
    pages.push({path, tree: <Component {...page} t={translator(page.locale)} />})
  }
  for (const locale of ['kk', 'ru'] as const) {
    await add(`/${locale}`, load.loadIndex({locale}), IndexPage)
    const index = await load.loadIndex({locale})
    if (index.kind === 'page') pages.push({path: `(not found in ${locale})`, tree: <NotFoundPage locale={locale} settings={index.settings} drafts={false} t={translator(locale)} />})
    for (const {slug} of await getPolicySlugs()) {
      const data = await getPolicyTimeline(slug)
      if (!data) continue
      await add(`/${locale}/${slug}`, load.loadCurrent({locale, slug}), RevisionPage)
      await add(`/${locale}/${slug}/history`, load.loadHistory({locale, slug}), HistoryPage)
      const versions = data.policy.revisions.map((r) => r.version)
      for (const version of versions) await add(`/${locale}/${slug}/v/${version}`, load.loadRevision({locale, slug, version: String(version)}), RevisionPage)
      for (const [i, b] of versions.entries()) {
        if (i > 0) await add(`/${locale}/${slug}/compare/${versions[i - 1]}/${b}`, load.loadCompare({locale, slug, a: String(versions[i - 1]), b: String(b)}), ComparePage)
      }
    }
  }
  return pages
}

function e2eDatasetFile(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'pages-')), 'e2e.ndjson')
  writeFileSync(file, e2eDataset())
  return file
}

describe.each([
  ['demo dataset', () => 'sanity/seed/demo.ndjson'],
  ['e2e dataset (demo, hostile and broken documents)', e2eDatasetFile],
])('every page kind on the %s', (_name, dataset) => {
  it('renders identically with lib/html/render and react-dom/server', async () => {
    const pages = await pagesOf(dataset())
    const kinds = new Set(pages.map(({path}) => path.replace(/^\/(kk|ru)/, '').replace(/^\/[^/]+/, '/slug').replace(/\d+/g, 'N').replace(/ in (kk|ru)/, '')))
    expect([...kinds].sort()).toEqual(['', '(not found)', '(outside both languages)', '/slug', '/slug/compare/N/N', '/slug/history', '/slug/v/N'])
    const differ: string[] = []
    for (const {path, tree} of pages) {
      const ours = await renderToStaticHtml(tree)
      const react = renderToStaticMarkup(tree)
      if (ours !== react) {
        const at = [...ours].findIndex((c, i) => c !== react[i])
        differ.push(`${path} at ${at}: ours …${ours.slice(Math.max(0, at - 60), at + 60)}… react …${react.slice(Math.max(0, at - 60), at + 60)}…`)
      }
    }
    expect(differ).toEqual([])
    expect(pages.length).toBeGreaterThan(20)
  }, 60_000)
})
