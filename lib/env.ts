// Settings, validated once. Sanity settings are required only when the Sanity source is selected,
// so a new checkout runs on the embedded dataset with no configuration at all.
import {z} from 'zod'
import {DEFAULT_SANITY_API_VERSION, DEFAULT_SANITY_DATASET} from './content/sanity-defaults'

const schema = z
  .object({
    CONTENT_SOURCE: z.enum(['local', 'sanity']).optional(),
    LOCAL_DATASET: z.string().min(1).default('sanity/seed/demo.ndjson'),
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
  .transform((env) => ({
    ...env,
    CONTENT_SOURCE: env.CONTENT_SOURCE ?? (env.NEXT_PUBLIC_SANITY_PROJECT_ID ? 'sanity' : 'local'),
  }))
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
