#!/usr/bin/env node
/**
 * Completes `<distDir>/standalone` after `next build` (`output: 'standalone'`), so that the folder alone is the
 * deployable server: Next traces server.js and the node_modules it needs, but leaves to the deployer what a CDN
 * would usually serve.
 *
 *   <distDir>/static      -> <standalone>/<distDir>/static   (/_next/static: the Studio's bundle, fonts, CSS)
 *   public/               -> <standalone>/public             (/schemas/*.json)
 *   sanity/seed/demo.ndjson  copied only if the trace (outputFileTracingIncludes) did not already bring it
 *
 * and removes what the trace brought from the build machine's caches (`.next/cache`, `<distDir>/cache`: e.g. the
 * last good content of an earlier local build, which a fresh server must not fall back on).
 *
 * distDir is NEXT_DIST_DIR (as in next.config.ts), default `.next`. The server's place inside `standalone/` and
 * the name of its dist folder come from `<distDir>/required-server-files.json`, as Next's own server.js uses them
 * (server.js changes to its own folder and reads `./<distDir>`, whatever the build's distDir was).
 *
 *   node scripts/standalone-assets.mjs        (run by `npm run build` after `next build`)
 */
import {cpSync, existsSync, readFileSync, rmdirSync, rmSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const projectRoot = fileURLToPath(new URL('..', import.meta.url))
const distDir = path.resolve(projectRoot, process.env.NEXT_DIST_DIR || '.next')
const standalone = path.join(distDir, 'standalone')
const DATASET = 'sanity/seed/demo.ndjson'

function fail(message) {
  console.error(`standalone-assets: ${message}`)
  process.exit(1)
}

const manifestFile = path.join(distDir, 'required-server-files.json')
if (!existsSync(manifestFile)) fail(`${path.relative(projectRoot, manifestFile)} not found: run \`next build\` first`)
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'))
if (manifest.config.output !== 'standalone' || !existsSync(standalone)) {
  fail(`${path.relative(projectRoot, standalone)} not found: next.config.ts must set output: 'standalone'`)
}

const serverDir = path.join(standalone, manifest.relativeAppDir ?? '')
const serverDist = path.join(serverDir, manifest.config.distDir)
if (!existsSync(path.join(serverDir, 'server.js'))) fail(`no server.js in ${path.relative(projectRoot, serverDir)}`)

const copies = [[path.join(distDir, 'static'), path.join(serverDist, 'static')]]
if (existsSync(path.join(projectRoot, 'public'))) copies.push([path.join(projectRoot, 'public'), path.join(serverDir, 'public')])
if (!existsSync(path.join(serverDir, DATASET))) copies.push([path.join(projectRoot, DATASET), path.join(serverDir, DATASET)])

for (const [from, to] of copies) {
  rmSync(to, {recursive: true, force: true})
  cpSync(from, to, {recursive: true})
}
for (const cache of new Set([path.join(serverDir, '.next', 'cache'), path.join(serverDist, 'cache')])) {
  rmSync(cache, {recursive: true, force: true})
}
// With another distDir, `.next` held only the traced cache: drop it when nothing else is left in it.
try {
  rmdirSync(path.join(serverDir, '.next'))
} catch {
  // absent, or the server's own dist folder
}

const shown = (p) => path.relative(projectRoot, p)
console.log(`standalone-assets: ${copies.map(([from, to]) => `${shown(from)} -> ${shown(to)}`).join(', ')}`)
console.log(`standalone-assets: start with \`node ${shown(path.join(serverDir, 'server.js'))}\` (PORT, HOSTNAME)`)
