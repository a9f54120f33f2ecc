// Imported once when the Node server starts (instrumentation.ts): with CONTENT_SOURCE=sanity, a missing webhook
// secret or read token stops a production start-up with a message naming the variable (and so does a malformed
// secret); in development the same lines are a warning.
import {serverEnvReport, startupVerdict} from './server-env'

const verdict = startupVerdict(serverEnvReport, process.env.NODE_ENV)
if (verdict.fatal) {
  console.error(verdict.message)
  process.exit(1)
} else if (verdict.message) {
  console.warn(verdict.message)
}
