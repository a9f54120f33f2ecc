// Bilingual fidelity report over a dataset: `npm run check:content -- [dataset.ndjson] [--strict] [--drafts] [--json]`.
// Everything but the process glue lives in lib/fidelity/cli.ts.
import {runCheckContent} from '@/lib/fidelity/cli'

process.exitCode = runCheckContent(process.argv.slice(2), process.env, {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
})
