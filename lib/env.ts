// Settings, validated once. Sanity settings are required only when the Sanity source is selected,
// so a new checkout runs on the embedded dataset with no configuration at all.
import {z} from 'zod'
import {DEFAULT_SANITY_API_VERSION, DEFAULT_SANITY_DATASET} from './content/sanity-defaults'

/** The committed demo dataset: the default local source, and what the local Content Lake's working copy starts from. */
export const DEMO_DATASET = 'sanity/seed/demo.ndjson'
/** Where the local Content Lake keeps its working copy of the demo dataset (git-ignored). */
export const WORKING_COPY_DIR = '.content-lake'

/** The local Studio's working copy of a dataset (git-ignored), made from the demo dataset on first run. */
export const workingCopyPath = (dataset: string) => `${WORKING_COPY_DIR}/${dataset}.ndjson`

const schema = z
  .object({
    CONTENT_SOURCE: z.enum(['local', 'sanity']).optional(),
    LOCAL_DATASET: z.string().min(1).optional(),
    /** The local Content Lake (the Studio with no account): on in development, in production only with `1`. */
    LOCAL_CONTENT_LAKE: z.enum(['0', '1']).optional(),
    /** Its loopback port; 0 (the default) takes any free port, which the Studio learns from /api/content-lake. */
    LOCAL_CONTENT_LAKE_PORT: z.coerce.number().int().min(0).max(65535).default(0),
    NODE_ENV: z.string().optional(),
    NEXT_PUBLIC_SANITY_PROJECT_ID: z
      .string()
      .regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and dashes')
      .optional(),
    NEXT_PUBLIC_SANITY_DATASET: z.string().regex(/^[a-z0-9_-]+$/).default(DEFAULT_SANITY_DATASET),
    NEXT_PUBLIC_SANITY_API_VERSION: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).default(DEFAULT_SANITY_API_VERSION),
    /** Tests point the Sanity client at a local stand-in of the Content Lake. */
    SANITY_API_HOST: z.url().optional(),
    SITE_URL: z.url().default('http://localhost:3000'),
  })
  .transform((env) => {
    const CONTENT_SOURCE = env.CONTENT_SOURCE ?? (env.NEXT_PUBLIC_SANITY_PROJECT_ID ? 'sanity' : 'local')
    // With a real project the local Content Lake does not exist; with the local source it is on in development
    // (unless LOCAL_CONTENT_LAKE=0) and in production only with LOCAL_CONTENT_LAKE=1.
    const localContentLake =
      CONTENT_SOURCE === 'local' &&
      !env.NEXT_PUBLIC_SANITY_PROJECT_ID &&
      (env.LOCAL_CONTENT_LAKE === '1' || (env.NODE_ENV === 'development' && env.LOCAL_CONTENT_LAKE !== '0'))
    // The Studio edits a working copy, never the committed demo file; a LOCAL_DATASET that is set is edited in place.
    const workingCopy = workingCopyPath(env.NEXT_PUBLIC_SANITY_DATASET)
    return {...env, CONTENT_SOURCE, localContentLake, LOCAL_DATASET: env.LOCAL_DATASET ?? (localContentLake ? workingCopy : DEMO_DATASET)}
  })
  .superRefine((env, ctx) => {
    if (env.CONTENT_SOURCE === 'sanity' && !env.NEXT_PUBLIC_SANITY_PROJECT_ID) {
      ctx.addIssue({
        code: 'custom',
        path: ['NEXT_PUBLIC_SANITY_PROJECT_ID'],
        message: 'required when CONTENT_SOURCE=sanity',
      })
    }
  })

export type Env = z.infer<typeof schema>

export function parseEnv(source: Record<string, string | undefined>): Env {
  const blank = Object.fromEntries(Object.entries(source).map(([k, v]) => [k, v === '' ? undefined : v]))
  const result = schema.safeParse(blank)
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
    throw new Error(`Invalid environment:\n${lines.join('\n')}`)
  }
  return result.data
}

export const env = parseEnv(process.env)

/**
 * What a deployment with the Sanity source cannot do without beyond the schema above, one line per problem, each
 * starting with its variable's name. Checked by a production build (next.config.ts) and a production start-up
 * (lib/check-settings-at-startup.ts, beside the secrets); the local source keeps its localhost default.
 */
export function deploymentProblems(source: Record<string, string | undefined>, parsed: Env = parseEnv(source)): string[] {
  if (parsed.CONTENT_SOURCE !== 'sanity' || source.SITE_URL) return []
  return [
    `SITE_URL: required when CONTENT_SOURCE=sanity (the public origin, e.g. https://policies.example.kz: without it every canonical link, hreflang, sitemap, feed and JSON link says ${parsed.SITE_URL})`,
  ]
}
