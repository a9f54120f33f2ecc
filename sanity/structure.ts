// Studio navigation: Site settings (the singleton), Policies, and under each policy its revisions, newest first.
import type {StructureBuilder, StructureResolver} from 'sanity/structure'
import {apiVersion} from './env'
import {revisionOfPolicyTemplateId} from './templates'

export const SITE_SETTINGS_ID = 'siteSettings'

function revisionsOf(S: StructureBuilder, policyId: string) {
  return S.documentList()
    .id(`revisions-${policyId}`)
    .title('Revisions')
    .schemaType('policyRevision')
    .apiVersion(apiVersion)
    .filter('_type == "policyRevision" && policy._ref == $policyId')
    .params({policyId})
    .defaultOrdering([{field: 'version', direction: 'desc'}])
    .initialValueTemplates([S.initialValueTemplateItem(revisionOfPolicyTemplateId, {policyId})])
}

function policyItems(S: StructureBuilder, policyId: string) {
  return S.list()
    .id(`policy-${policyId}`)
    .title('Policy')
    .items([
      S.listItem()
        .id('revisions')
        .title('Revisions (newest first)')
        .schemaType('policyRevision')
        .child(revisionsOf(S, policyId)),
      S.listItem()
        .id('details')
        .title('Title, slug and owner')
        .schemaType('policy')
        .child(S.document().schemaType('policy').documentId(policyId)),
    ])
}

export const structure: StructureResolver = (S) =>
  S.list()
    .title('Content')
    .items([
      S.listItem()
        .id(SITE_SETTINGS_ID)
        .title('Site settings')
        .schemaType('siteSettings')
        .child(S.document().schemaType('siteSettings').documentId(SITE_SETTINGS_ID).title('Site settings')),
      S.divider(),
      S.listItem()
        .id('policies')
        .title('Policies')
        .schemaType('policy')
        .child(
          S.documentTypeList('policy')
            .title('Policies')
            .defaultOrdering([{field: 'order', direction: 'asc'}, {field: 'slug.current', direction: 'asc'}])
            .child((policyId) => policyItems(S, policyId)),
        ),
      S.listItem()
        .id('all-revisions')
        .title('All revisions')
        .schemaType('policyRevision')
        .child(
          S.documentTypeList('policyRevision')
            .title('All revisions')
            .defaultOrdering([{field: 'effectiveFrom', direction: 'desc'}]),
        ),
    ])
