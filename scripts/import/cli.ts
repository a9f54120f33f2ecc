// `npm run import -- FILE... [--policy SLUG] [--version N] [--effective YYYY-MM-DD] [--out dataset.ndjson]`
import {runCli} from './run'

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
})
