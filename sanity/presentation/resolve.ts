// Presentation tool: which documents a site page shows, and on which pages a document appears.
import {defineDocuments, defineLocations, type PresentationPluginOptions} from 'sanity/presentation'
import {policyLocations, revisionLocations} from '../lib/locations'

export const resolve: PresentationPluginOptions['resolve'] = {
  mainDocuments: defineDocuments([
    {route: '/:locale/:slug', filter: `_type == "policy" && slug.current == $slug`},
    {route: '/:locale/:slug/history', filter: `_type == "policy" && slug.current == $slug`},
    {
      route: '/:locale/:slug/v/:version',
      filter: `_type == "policyRevision" && policy->slug.current == $slug && string(version) == $version`,
    },
  ]),
  locations: {
    policy: defineLocations({
      select: {slug: 'slug.current', kk: 'title.kk', ru: 'title.ru'},
      resolve: (doc) => ({locations: policyLocations(doc)}),
    }),
    policyRevision: defineLocations({
      select: {slug: 'policy.slug.current', version: 'version', kk: 'policy.title.kk', ru: 'policy.title.ru'},
      resolve: (doc) => ({locations: revisionLocations(doc)}),
    }),
  },
}
