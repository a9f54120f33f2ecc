// Imported once when the Node server starts (instrumentation.ts): a missing local dataset stops start-up with the
// path in the message, instead of failing page by page.
import {existsSync} from 'node:fs'
import {resolve} from 'node:path'
import {env} from './env'

if (env.CONTENT_SOURCE === 'local') {
  const path = resolve(env.LOCAL_DATASET)
  if (!existsSync(path)) {
    console.error(`Local dataset not found: ${path}. Set LOCAL_DATASET to an NDJSON file (sanity dataset export format).`)
    process.exit(1)
  }
}
