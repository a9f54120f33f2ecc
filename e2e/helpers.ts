import type {Page} from '@playwright/test'

/** Every request the page makes to a host other than the site's own. */
export function watchForeignRequests(page: Page, baseURL: string): string[] {
  const own = new URL(baseURL).host
  const foreign: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.protocol.startsWith('http') && url.host !== own) foreign.push(request.url())
  })
  return foreign
}

/** Fails on any dialog (alert/confirm/prompt): injected content must never run. */
export function failOnDialogs(page: Page): string[] {
  const dialogs: string[] = []
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message())
    await dialog.dismiss()
  })
  return dialogs
}

export const PUBLIC_PATHS = ['/kk', '/ru', '/kk/privacy', '/ru/privacy', '/kk/lifecycle', '/ru/lifecycle/v/1']

/** Waits until a server of the e2e set answers (the first one is awaited by Playwright, the others start beside it). */
export async function waitForServer(url: string, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs
  for (;;) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`${url} did not answer within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}
