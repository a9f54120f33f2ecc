import {describe, expect, it} from 'vitest'
import {deploymentProblems, parseEnv} from './env'

describe('parseEnv', () => {
  it('defaults to the embedded dataset with no configuration', () => {
    const env = parseEnv({})
    expect(env.CONTENT_SOURCE).toBe('local')
    expect(env.LOCAL_DATASET).toBe('sanity/seed/demo.ndjson')
  })

  it('picks the Sanity source when a project is configured', () => {
    expect(parseEnv({NEXT_PUBLIC_SANITY_PROJECT_ID: 'abc123'}).CONTENT_SOURCE).toBe('sanity')
    expect(parseEnv({NEXT_PUBLIC_SANITY_PROJECT_ID: 'abc123', CONTENT_SOURCE: 'local'}).CONTENT_SOURCE).toBe('local')
  })

  it('names the setting that is wrong', () => {
    expect(() => parseEnv({CONTENT_SOURCE: 'sanity'})).toThrow(/NEXT_PUBLIC_SANITY_PROJECT_ID: required/)
    expect(() => parseEnv({CONTENT_SOURCE: 'mysql'})).toThrow(/CONTENT_SOURCE/)
    expect(() => parseEnv({SITE_URL: 'not a url'})).toThrow(/SITE_URL/)
  })
})

describe('deploymentProblems', () => {
  const sanity = {NEXT_PUBLIC_SANITY_PROJECT_ID: 'abc123'}

  it('requires SITE_URL with the Sanity source, naming it', () => {
    expect(deploymentProblems(sanity)).toEqual([expect.stringMatching(/^SITE_URL: required when CONTENT_SOURCE=sanity \(/)])
    expect(deploymentProblems({...sanity, SITE_URL: ''})).toHaveLength(1)
    expect(deploymentProblems({CONTENT_SOURCE: 'sanity', ...sanity})).toHaveLength(1)
    expect(deploymentProblems({...sanity, SITE_URL: 'https://policies.example.kz'})).toEqual([])
  })

  it('keeps the localhost default for the local source', () => {
    expect(deploymentProblems({})).toEqual([])
    expect(deploymentProblems({...sanity, CONTENT_SOURCE: 'local'})).toEqual([])
  })
})
