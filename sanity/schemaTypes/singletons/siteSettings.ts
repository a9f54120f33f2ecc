import {defineField, defineType} from 'sanity'
import {localizedRequiredProblem} from '../../lib/validation/localized'
import {phoneProblem} from '../../lib/validation/phone'
import {prevailingLanguageList} from '../../lib/prevailingLanguage'

/** One document, `_id: "siteSettings"` (see structure.ts): what every page says about the organization. */
export const siteSettings = defineType({
  name: 'siteSettings',
  title: 'Site settings',
  type: 'document',
  fields: [
    defineField({
      name: 'title',
      title: 'Site title',
      type: 'localizedString',
      validation: (rule) => rule.custom((value) => localizedRequiredProblem(value) ?? true),
    }),
    defineField({
      name: 'organization',
      title: 'Organization',
      description: 'The legal name of the organization that publishes these policies.',
      type: 'localizedString',
      validation: (rule) => rule.custom((value) => localizedRequiredProblem(value) ?? true),
    }),
    defineField({name: 'contactEmail', title: 'Contact e-mail', type: 'email', validation: (rule) => rule.required()}),
    defineField({
      name: 'contactPhone',
      title: 'Contact phone',
      type: 'string',
      validation: (rule) => rule.custom((value) => phoneProblem(value) ?? true),
    }),
    defineField({name: 'address', title: 'Address', type: 'localizedText'}),
    defineField({
      name: 'requireBothLanguages',
      title: 'Require both languages',
      description:
        'When on, a section missing its Kazakh or Russian text is an error that blocks publishing; when off, a warning (the site says "not yet translated").',
      type: 'boolean',
      initialValue: false,
    }),
    defineField({
      name: 'prevailingLanguage',
      title: 'Which text prevails',
      description:
        'What every policy page says about its two texts when they differ: both have equal force, or the Kazakh or the Russian text prevails. A policy can set its own (Policy → Which text prevails). Apps read it as prevailingLanguage.',
      type: 'string',
      options: {list: prevailingLanguageList, layout: 'radio'},
      initialValue: 'equal',
    }),
  ],
  preview: {prepare: () => ({title: 'Site settings'})},
})
