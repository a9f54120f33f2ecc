#!/usr/bin/env node
// `npm run bench`: runs the TypeScript bench (scripts/bench/main.ts) with tsx, which resolves the `@/` alias.
// Flags pass through: npm run bench -- --quick
import {spawnSync} from 'node:child_process'

const result = spawnSync('npx', ['tsx', 'scripts/bench/main.ts', ...process.argv.slice(2)], {stdio: 'inherit'})
process.exit(result.status ?? 1)
