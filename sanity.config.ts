'use client'
// The Studio, embedded at /studio (app/studio/[[...tool]]). 'use client': the config holds functions, so the
// server page passes it to NextStudio as a client reference.
import {visionTool} from '@sanity/vision'
import {defineConfig} from 'sanity'
import {presentationTool} from 'sanity/presentation'
import {structureTool} from 'sanity/structure'
import {checkSection} from './lib/fidelity/checkSection'
import {resolveDocumentActions} from './sanity/actions/resolveDocumentActions'
import {apiVersion, dataset, previewEnablePath, projectId, studioBasePath} from './sanity/env'
import {singletons} from './sanity/plugins/singletons'
import {resolve} from './sanity/presentation/resolve'
import {schemaTypes, singletonTypes} from './sanity/schemaTypes'
import {structure} from './sanity/structure'
import {studioClientFactory} from './sanity/lib/localContentLake'
import {registerSectionFidelityChecker} from './sanity/lib/validation/fidelity'
import {revisionOfPolicyTemplate} from './sanity/templates'

// Facts that differ between the kk and ru columns of a section show as validation warnings (errors when
// site settings require both languages). Imported from the file, not the folder, to keep the bundle small.
registerSectionFidelityChecker(checkSection)

export default defineConfig({
  name: 'default',
  title: 'Policies',
  basePath: studioBasePath,
  projectId,
  dataset,
  // With no Sanity project, the local Content Lake (app/studio's page says where it is).
  unstable_clientFactory: studioClientFactory,
  schema: {
    types: schemaTypes,
    templates: (previous) => [...previous, revisionOfPolicyTemplate],
  },
  document: {actions: resolveDocumentActions},
  plugins: [
    structureTool({structure}),
    presentationTool({previewUrl: {previewMode: {enable: previewEnablePath}}, resolve}),
    singletons({types: singletonTypes}),
    visionTool({defaultApiVersion: apiVersion}),
  ],
})
