export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    // next.config.ts stamps the content cache's generation for `next build` and `next start`; the standalone
    // server.js never loads next.config.ts, so stamp it here: a restarted server must not keep serving content that
    // an earlier process cached (lib/content/fetch.ts, cacheGeneration).
    process.env.CONTENT_CACHE_GENERATION ||= String(Date.now())
    await import('./lib/check-dataset-at-startup')
    await import('./lib/check-settings-at-startup')
  }
}
