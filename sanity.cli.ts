// Sanity CLI (`npx sanity …`): dataset import/export, schema extract and TypeGen. Runs offline with the
// placeholder project id from sanity/env.ts when no project is configured.
import {defineCliConfig} from 'sanity/cli'
import {dataset, projectId} from './sanity/env'

export default defineCliConfig({
  api: {projectId, dataset},
  project: {basePath: '/studio'},
  schemaExtraction: {path: './sanity/extract.json'},
  typegen: {
    // GROQ lives in one module (sanity/lib/queries.ts, every query in defineQuery).
    path: './sanity/lib/queries.ts',
    schema: './sanity/extract.json',
    generates: './sanity/types.ts',
  },
})
