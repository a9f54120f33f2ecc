export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    // next.config.ts stamps the content cache's generation for `next build` and `next start`; the standalone
    // server.js never loads next.config.ts, so stamp it here: a restarted server must not keep serving content that
    // an earlier process cached (lib/content/fetch.ts, cacheGeneration).
    process.env.CONTENT_CACHE_GENERATION ||= String(Date.now())
    // Before any request reaches Next: malformed targets, methods and paths are answered here (lib/http/guard.ts).
    if (process.env.NEXT_PHASE !== 'phase-production-build') {
      const {installRequestGuard} = await import('./lib/http/install')
      installRequestGuard()
    }
    // The local Content Lake (the Studio with no account) first: it makes the working copy the site reads and, with
    // no webhook secret configured, the one it signs with. Never during `next build`.
    if (process.env.NEXT_PHASE !== 'phase-production-build') {
      const {startContentLake} = await import('./lib/content-lake/start')
      const {projectId} = await import('./sanity/env')
      await startContentLake(projectId)
    }
    await import('./lib/check-dataset-at-startup')
    await import('./lib/check-settings-at-startup')
  }
}
