// A stand-in for Sanity's validation context: answers the rules' GROQ look-ups from a fixed list of documents.
import type {ValidationContext} from 'sanity'

type Doc = Record<string, unknown> & {_id: string}

let project = 0

export function fakeContext(document: Doc, dataset: Doc[]): ValidationContext {
  // A project id per context keeps the rules' shared look-up cache from leaking between tests.
  const projectId = `test${(project += 1)}`
  const client = {
    config: () => ({projectId, dataset: 'test'}),
    fetch: async (query: string, params: Record<string, string>) => {
      if (query.includes('policy._ref == $policyId')) {
        return dataset
          .filter((d) => d._type === 'policyRevision' && (d.policy as {_ref?: string} | undefined)?._ref === params.policyId)
          .map(({_id, version, effectiveFrom}) => ({_id, version, effectiveFrom}))
      }
      if (query.includes('_id == $id')) return dataset.find((d) => d._id === params.id) ?? null
      if (query.includes('"siteSettings"')) return dataset.find((d) => d._id === 'siteSettings')?.requireBothLanguages ?? null
      throw new Error(`unexpected query ${query}`)
    },
  }
  return {getClient: () => client, document, environment: 'studio'} as unknown as ValidationContext
}
