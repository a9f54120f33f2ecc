// Server-only settings: the secrets, parsed once, beside the shared settings of lib/env.ts (which next.config.ts and
// the scripts import, so it holds no secret). Server code reads secrets from `serverEnv` only, never from process.env;
// 'server-only' fails the build if a client module imports this file.
//
// With CONTENT_SOURCE=sanity the webhook's secret, the read token and SITE_URL are required: in production
// (NODE_ENV=production) a missing one stops start-up (lib/check-settings-at-startup.ts, from instrumentation.ts) naming the variable; in
// development it is a warning.
import 'server-only'
import {z} from 'zod'
import {deploymentProblems, env, type Env} from './env'

/** A secret copied with a stray space or newline never matches: refused rather than trimmed behind the user's back. */
const secret = z.string().refine((value) => value === value.trim(), 'starts or ends with whitespace (a stray space or newline?)')

const schema = z.object({
  /** Read token (Viewer): published reads and editors' draft previews with the Sanity source. */
  SANITY_API_READ_TOKEN: secret.optional(),
  /** The webhook's secret (app/api/revalidate). */
  SANITY_REVALIDATE_SECRET: secret.optional(),
  /** With the local dataset, the secret that enables draft mode (app/api/draft-mode/enable); unset: no preview. */
  LOCAL_PREVIEW_SECRET: secret.optional(),
})

export type Secrets = z.infer<typeof schema>
export type SecretName = keyof Secrets

/** Secrets the Sanity source cannot run without, and why. */
const requiredWithSanity: Partial<Record<SecretName, string>> = {
  SANITY_REVALIDATE_SECRET: "the webhook's secret: without it no publish reaches the site",
  SANITY_API_READ_TOKEN: "a read token (Viewer): editors' previews read drafts with it, and a private dataset needs it",
}

export type SecretsReport = {
  secrets: Secrets
  /** One line per problem, each starting with its variable's name. */
  problems: string[]
}

/** Parses the secrets of `source` (blank counts as unset) and lists what is wrong or missing for `contentSource`. */
export function parseSecrets(source: Record<string, string | undefined>, contentSource: Env['CONTENT_SOURCE']): SecretsReport {
  const secrets: Secrets = {}
  const problems: string[] = []
  for (const name of Object.keys(schema.shape) as SecretName[]) {
    const value = source[name] === '' ? undefined : source[name]
    const required = contentSource === 'sanity' ? requiredWithSanity[name] : undefined
    if (value === undefined) {
      if (required) problems.push(`${name}: required when CONTENT_SOURCE=sanity (${required})`)
      continue
    }
    const parsed = secret.safeParse(value)
    // A malformed secret is reported and left out: it could never match anyway.
    if (parsed.success) secrets[name] = parsed.data
    else problems.push(`${name}: ${parsed.error.issues.map((issue) => issue.message).join('; ')}`)
  }
  return {secrets, problems}
}

export type StartupVerdict = {fatal: boolean; message?: string}

/** What start-up does with a report: stop in production, warn elsewhere, nothing when all is well. */
export function startupVerdict(report: SecretsReport, nodeEnv: string | undefined): StartupVerdict {
  if (!report.problems.length) return {fatal: false}
  const fatal = nodeEnv === 'production'
  const lines = report.problems.map((line) => `  ${line}`).join('\n')
  return {
    fatal,
    message: fatal
      ? `Invalid environment (server settings):\n${lines}`
      : `Server settings to fix before production (NODE_ENV=production refuses to start without them):\n${lines}`,
  }
}

const report = parseSecrets(process.env, env.CONTENT_SOURCE)

/** Every setting the server reads: lib/env.ts's plus the secrets. */
export const serverEnv: Env & Secrets = {...env, ...report.secrets}

/** The problems found when this module was loaded (start-up reports them): SITE_URL's (lib/env.ts), the secrets'. */
export const serverEnvReport: SecretsReport = {...report, problems: [...deploymentProblems(process.env, env), ...report.problems]}
