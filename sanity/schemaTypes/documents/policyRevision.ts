import {createElement} from 'react'
import {defineArrayMember, defineField, defineType} from 'sanity'
import {RevisionStatusBadge} from '../../components/RevisionStatusBadge'
import {revisionPreview} from '../../lib/previews'
import {readOnlyWhileInForce} from '../../lib/readOnly'
import {
  anchorsUniqueRule,
  effectiveDateRule,
  lockedCopyRule,
  retroactiveDateRule,
  sequenceRule,
  summaryRule,
} from '../../lib/validation/studio/revisionRules'

/**
 * One version of a policy's text. In force from 00:00 Asia/Almaty on `effectiveFrom` until the next revision's;
 * once in force it never changes (read-only here, guarded actions in sanity/actions).
 */
export const policyRevision = defineType({
  name: 'policyRevision',
  title: 'Policy revision',
  type: 'document',
  validation: (rule) => rule.custom(lockedCopyRule),
  fields: [
    defineField({
      name: 'policy',
      title: 'Policy',
      type: 'reference',
      to: [{type: 'policy'}],
      readOnly: readOnlyWhileInForce,
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'version',
      title: 'Version',
      description: 'Whole number from 1, unique within the policy and increasing with the effective date.',
      type: 'number',
      readOnly: readOnlyWhileInForce,
      validation: (rule) => [
        rule.required().integer().min(1),
        rule.custom(sequenceRule('version', 'error')),
        rule.custom(sequenceRule('version', 'warning')).warning(),
      ],
    }),
    defineField({
      name: 'effectiveFrom',
      title: 'Effective from',
      description: 'In force from 00:00 Almaty time on this day until the next revision takes effect.',
      type: 'date',
      options: {dateFormat: 'YYYY-MM-DD'},
      readOnly: readOnlyWhileInForce,
      validation: (rule) => [
        rule.required().custom(effectiveDateRule),
        rule.custom(sequenceRule('effectiveFrom', 'error')),
        rule.custom(retroactiveDateRule).warning(),
      ],
    }),
    defineField({
      name: 'summary',
      title: 'What changed',
      description: 'Plain text for readers, shown in the history and the feed. Required from version 2.',
      type: 'localizedText',
      readOnly: readOnlyWhileInForce,
      validation: (rule) => rule.custom(summaryRule),
    }),
    defineField({
      name: 'requiresConsent',
      title: 'Ask users to consent again',
      description:
        'A material change: apps reading the policy API should ask their users to accept this version before going on. Leave off for corrections and clarifications.',
      type: 'boolean',
      initialValue: false,
      readOnly: readOnlyWhileInForce,
    }),
    defineField({
      name: 'sections',
      title: 'Sections',
      description: 'One row per clause, Kazakh and Russian side by side.',
      type: 'array',
      of: [defineArrayMember({type: 'policySection'})],
      readOnly: readOnlyWhileInForce,
      validation: (rule) => [rule.required().min(1), rule.custom(anchorsUniqueRule)],
    }),
  ],
  orderings: [
    {title: 'Newest version first', name: 'versionDesc', by: [{field: 'version', direction: 'desc'}]},
    {title: 'Latest effective date first', name: 'effectiveFromDesc', by: [{field: 'effectiveFrom', direction: 'desc'}]},
  ],
  preview: {
    select: {
      id: '_id',
      updatedAt: '_updatedAt',
      version: 'version',
      effectiveFrom: 'effectiveFrom',
      // A reference is followed in previews: the policy's own _id, not `policy._ref` (the policy has no _ref field).
      policyId: 'policy._id',
      policyTitle: 'policy.title',
      requiresConsent: 'requiresConsent',
      sections: 'sections',
    },
    prepare: ({id, updatedAt, policyId, ...values}) => ({
      ...revisionPreview(values),
      // Current vs archive depends on the policy's other revisions, which a preview cannot select.
      media: createElement(RevisionStatusBadge, {revisionId: id, policyId, refreshKey: updatedAt}),
    }),
  },
})
