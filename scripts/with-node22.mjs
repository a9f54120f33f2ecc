#!/usr/bin/env node
// Runs a command with Node >= 22.12 first on PATH. The Sanity CLI refuses older Node; the rest of the project
// runs on Node 20 too. When the current Node is too old, the npm registry's `node-<os>-<arch>` package provides one
// (cached in .cache/node22, or NODE22_CACHE), so a fresh machine needs no manual step.
//   node scripts/with-node22.mjs sanity schema validate
//   node scripts/with-node22.mjs --print-path   (prints the bin folder to put on PATH, and nothing else on stdout:
//                                               callers capture it; npm's output goes to stderr)
import {execFileSync, spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {delimiter, join, resolve} from 'node:path'

const MIN = [22, 12]
/** `22.12.0` or `v22.12.0` is at least MIN. */
function recent(version) {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number)
  return major > MIN[0] || (major === MIN[0] && minor >= MIN[1])
}
const recentEnough = recent(process.versions.node)

function node22Bin() {
  if (recentEnough) return undefined
  const pkg = `node-${process.platform}-${process.arch}`
  const prefix = resolve(process.env.NODE22_CACHE || '.cache/node22')
  const bin = join(prefix, 'node_modules', pkg, 'bin')
  if (!existsSync(join(bin, 'node'))) {
    console.error(`[with-node22] Node ${process.versions.node} is older than ${MIN.join('.')}: installing ${pkg}@22 in ${prefix}`)
    // npm's stdout goes to our stderr (fd 2): `--print-path` callers capture our stdout, which must hold the path only.
    execFileSync('npm', ['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', '--no-package-lock', `${pkg}@22`], {
      stdio: ['ignore', 2, 'inherit'],
    })
  }
  const version = execFileSync(join(bin, 'node'), ['--version'], {encoding: 'utf8'}).trim()
  if (!recent(version)) {
    console.error(`[with-node22] ${join(bin, 'node')} is ${version}, still older than ${MIN.join('.')}`)
    process.exit(1)
  }
  return bin
}

const args = process.argv.slice(2)
const bin = node22Bin()
if (args[0] === '--print-path') {
  if (bin) console.log(bin)
  process.exit(0)
}
if (!args.length) {
  console.error('usage: with-node22.mjs COMMAND [ARGS...] | --print-path')
  process.exit(2)
}
const PATH = [bin, resolve('node_modules/.bin'), process.env.PATH].filter(Boolean).join(delimiter)
const result = spawnSync(args[0], args.slice(1), {stdio: 'inherit', env: {...process.env, PATH}, shell: process.platform === 'win32'})
process.exit(result.status ?? 1)
