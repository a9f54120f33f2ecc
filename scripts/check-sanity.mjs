#!/usr/bin/env node
// CI's Sanity checks, offline: the schema validates, and the committed TypeGen output (sanity/types.ts) is what
// the schema and the GROQ queries generate now. Needs Node >= 22.12 (run through scripts/with-node22.mjs).
import {execSync} from 'node:child_process'
import {readFileSync} from 'node:fs'

const env = {...process.env, SANITY_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1'}
const run = (command) => execSync(command, {stdio: 'inherit', env})

run('sanity schema validate')
const before = readFileSync('sanity/types.ts', 'utf8')
run('sanity schema extract --path sanity/extract.json --force')
run('sanity typegen generate')
const after = readFileSync('sanity/types.ts', 'utf8')
if (before !== after) {
  console.error('sanity/types.ts is out of date with the schema or sanity/lib/queries.ts: run `npm run typegen` and commit it.')
  process.exit(1)
}
console.log('Sanity schema valid; TypeGen output up to date.')
