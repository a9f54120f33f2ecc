// `npm run content-lake:reset`: puts the demo dataset back into the local Content Lake's working copy (or the file
// LOCAL_DATASET names), discarding every edit made in the local Studio. A running site reads it on its next request.
import {DEMO_DATASET, workingCopyPath} from '../lib/env'
import {resetWorkingCopy} from '../lib/content-lake/working-copy'

const dataset = process.env.NEXT_PUBLIC_SANITY_DATASET || 'production'
const target = process.env.LOCAL_DATASET || workingCopyPath(dataset)
try {
  resetWorkingCopy(target)
  console.log(`Reset ${target} to the demo dataset (${DEMO_DATASET}): edits made in the local Studio are gone.`)
} catch (error) {
  console.error(`content-lake:reset: ${(error as Error).message}`)
  process.exit(1)
}
