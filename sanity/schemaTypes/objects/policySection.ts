import {defineField, defineType} from 'sanity'
import {sectionPreview} from '../../lib/previews'
import {
  anchorRule,
  sectionFidelityRule,
  sectionLanguageRule,
} from '../../lib/validation/studio/sectionRules'

/**
 * One aligned row of a policy: kk and ru of the same clause. Its `_key` is kept across revisions (see "Create next
 * revision"), which is how the site matches and diffs sections between versions.
 */
export const policySection = defineType({
  name: 'policySection',
  title: 'Section',
  type: 'object',
  fields: [
    defineField({
      name: 'anchor',
      title: 'Anchor',
      description: 'Optional URL fragment, e.g. "4-2" or "cookies". Keep it stable: readers bookmark it.',
      type: 'string',
      validation: (rule) => rule.custom(anchorRule),
    }),
    defineField({name: 'heading', title: 'Heading', type: 'localizedString'}),
    defineField({name: 'body', title: 'Text', type: 'localizedBlockContent'}),
  ],
  validation: (rule) => [
    rule.custom(sectionLanguageRule('error')),
    rule.custom(sectionLanguageRule('warning')).warning(),
    rule.custom(sectionFidelityRule).warning(),
  ],
  preview: {
    select: {anchor: 'anchor', heading: 'heading', body: 'body'},
    prepare: (value) => sectionPreview(value),
  },
})
