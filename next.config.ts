import {availableParallelism} from 'node:os'
import {resolve} from 'node:path'
import type {NextConfig} from 'next'
import {PHASE_PRODUCTION_BUILD} from 'next/constants'
import {deploymentProblems} from './lib/env'
import {securityHeaders} from './lib/security-headers'

// Next's data cache outlives builds; content fetched by an earlier build must not stand in for this one's.
process.env.CONTENT_CACHE_GENERATION ||= String(Date.now())

const nextConfig: NextConfig = {
  // e2e builds its own copy (on a dataset of its own) beside the developer's `.next`.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // Next's file-system cache, but an unknown URL's 404 is never written to disk (lib/cache/found-only-cache.mjs).
  cacheHandler: resolve('lib/cache/found-only-cache.mjs'),
  // Pages are regenerated at most 5 minutes stale (revalidate = 300); a CDN may serve a stale copy while it asks
  // again for a day at most (stale-while-revalidate), not Next's default of a year.
  expireTime: 86_400,
  // A self-contained server in `<distDir>/standalone` (server.js plus the traced node_modules), for hosts other
  // than `next start` from a checkout; scripts/standalone-assets.mjs copies public/ and the static files beside it.
  output: 'standalone',
  // No `typescript.ignoreBuildErrors`: a host that runs only `next build` must not ship type errors.
  reactStrictMode: true,
  // The dataset is read at run time from LOCAL_DATASET; keep it out of the traced bundle's assumptions.
  outputFileTracingIncludes: {'/*': ['./sanity/seed/*.ndjson']},
  // lib/content/last-good.ts writes under `<distDir>/cache` at run time: the build machine's copy is not content.
  outputFileTracingExcludes: {'/*': ['./.next*/cache/**']},
  // Every path a reader can type is answered by a route handler; app/global-not-found.tsx answers the rest (a
  // missing file under /_next), there being no root layout to compose a 404 from.
  experimental: {
    globalNotFound: true,
    // Static generation renders on every core: Next's default (cores - 1) leaves a 2-core build machine half idle
    // while the main process only waits for the workers.
    cpus: availableParallelism(),
  },
  async headers() {
    return securityHeaders()
  },
}

export default function config(phase: string): NextConfig {
  // Prerendered pages bake SITE_URL into every link: a production build with the Sanity source must not ship
  // localhost (start-up checks the same, lib/check-settings-at-startup.ts). lib/env.ts already threw on a bad value.
  const problems = phase === PHASE_PRODUCTION_BUILD ? deploymentProblems(process.env) : []
  if (problems.length) throw new Error(`Invalid environment (production build):\n${problems.map((line) => `  ${line}`).join('\n')}`)
  return nextConfig
}
