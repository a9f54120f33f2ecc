import {describe, expect, it, vi} from 'vitest'
import {parseSecrets, startupVerdict} from './server-env'

const both = {SANITY_REVALIDATE_SECRET: 'webhook-secret', SANITY_API_READ_TOKEN: 'sk-read-token'}

describe('parseSecrets', () => {
  it('needs no secret with the local dataset', () => {
    expect(parseSecrets({}, 'local')).toEqual({secrets: {}, problems: []})
  })

  it('reads the three secrets and nothing else', () => {
    const report = parseSecrets({...both, LOCAL_PREVIEW_SECRET: 'preview', SITE_URL: 'https://example.kz', PATH: '/bin'}, 'sanity')
    expect(report).toEqual({secrets: {...both, LOCAL_PREVIEW_SECRET: 'preview'}, problems: []})
  })

  it('requires the webhook secret and the read token with the Sanity source, naming each', () => {
    const {problems} = parseSecrets({}, 'sanity')
    expect(problems).toHaveLength(2)
    expect(problems[0]).toMatch(/^SANITY_API_READ_TOKEN: required when CONTENT_SOURCE=sanity/)
    expect(problems[1]).toMatch(/^SANITY_REVALIDATE_SECRET: required when CONTENT_SOURCE=sanity/)
    expect(parseSecrets({SANITY_REVALIDATE_SECRET: 'x'}, 'sanity').problems).toEqual([expect.stringMatching(/^SANITY_API_READ_TOKEN: required/)])
    expect(parseSecrets({SANITY_API_READ_TOKEN: 'x'}, 'sanity').problems).toEqual([expect.stringMatching(/^SANITY_REVALIDATE_SECRET: required/)])
  })

  it('counts a blank variable as unset', () => {
    expect(parseSecrets({SANITY_REVALIDATE_SECRET: '', SANITY_API_READ_TOKEN: 'x'}, 'sanity').problems).toEqual([
      expect.stringMatching(/^SANITY_REVALIDATE_SECRET: required/),
    ])
    expect(parseSecrets({LOCAL_PREVIEW_SECRET: ''}, 'local').secrets).toEqual({})
  })

  it('refuses a secret with surrounding whitespace, and leaves it out', () => {
    const report = parseSecrets({...both, SANITY_REVALIDATE_SECRET: 'webhook-secret\n'}, 'sanity')
    expect(report.secrets).toEqual({SANITY_API_READ_TOKEN: both.SANITY_API_READ_TOKEN})
    expect(report.problems).toEqual([expect.stringMatching(/^SANITY_REVALIDATE_SECRET: starts or ends with whitespace/)])
    expect(parseSecrets({LOCAL_PREVIEW_SECRET: ' preview'}, 'local').problems).toEqual([expect.stringMatching(/^LOCAL_PREVIEW_SECRET: /)])
  })
})

describe('startupVerdict', () => {
  it('says nothing when all is well', () => {
    expect(startupVerdict(parseSecrets(both, 'sanity'), 'production')).toEqual({fatal: false})
  })

  it('stops a production start-up, naming the variables', () => {
    const verdict = startupVerdict(parseSecrets({}, 'sanity'), 'production')
    expect(verdict.fatal).toBe(true)
    expect(verdict.message).toContain('SANITY_REVALIDATE_SECRET: required')
    expect(verdict.message).toContain('SANITY_API_READ_TOKEN: required')
  })

  it('only warns in development and tests', () => {
    for (const nodeEnv of ['development', 'test', undefined]) {
      const verdict = startupVerdict(parseSecrets({}, 'sanity'), nodeEnv)
      expect(verdict.fatal).toBe(false)
      expect(verdict.message).toContain('SANITY_REVALIDATE_SECRET: required')
    }
  })
})

describe('serverEnvReport (what start-up checks)', () => {
  async function reportFor(source: Record<string, string>) {
    vi.resetModules()
    const saved = {...process.env}
    for (const name of ['CONTENT_SOURCE', 'NEXT_PUBLIC_SANITY_PROJECT_ID', 'SITE_URL', 'SANITY_REVALIDATE_SECRET', 'SANITY_API_READ_TOKEN']) delete process.env[name]
    Object.assign(process.env, source)
    try {
      return (await import('./server-env')).serverEnvReport.problems
    } finally {
      process.env = saved
    }
  }

  it('names SITE_URL beside the secrets with the Sanity source', async () => {
    const problems = await reportFor({NEXT_PUBLIC_SANITY_PROJECT_ID: 'abc123', SANITY_REVALIDATE_SECRET: 's', SANITY_API_READ_TOKEN: 't'})
    expect(problems).toEqual([expect.stringMatching(/^SITE_URL: required when CONTENT_SOURCE=sanity/)])
    expect(startupVerdict({secrets: {}, problems}, 'production')).toMatchObject({fatal: true, message: expect.stringContaining('  SITE_URL: required')})
  })

  it('is content with SITE_URL set, and with the local source without it', async () => {
    expect(await reportFor({NEXT_PUBLIC_SANITY_PROJECT_ID: 'abc123', SANITY_REVALIDATE_SECRET: 's', SANITY_API_READ_TOKEN: 't', SITE_URL: 'https://p.example.kz'})).toEqual([])
    expect(await reportFor({})).toEqual([])
  })
})
