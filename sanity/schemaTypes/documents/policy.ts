import {defineField, defineType} from 'sanity'
import {policyPreview} from '../../lib/previews'
import {localizedRequiredProblem} from '../../lib/validation/localized'
import {slugify} from '../../../lib/content/slug'
import {slugProblem} from '../../lib/validation/slug'
import {prevailingLanguageList} from '../../lib/prevailingLanguage'

/** A policy (privacy policy, terms, …). Its text lives in its revisions, which reference it. */
export const policy = defineType({
  name: 'policy',
  title: 'Policy',
  type: 'document',
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'localizedString',
      validation: (rule) => rule.custom((value) => localizedRequiredProblem(value) ?? true),
    }),
    defineField({
      name: 'slug',
      title: 'Slug',
      description: 'The address on the site: /kk/{slug} and /ru/{slug}. Changing it breaks links readers and apps hold.',
      type: 'slug',
      options: {
        source: (doc) => {
          const title = (doc as {title?: {kk?: string; ru?: string}}).title
          return title?.ru || title?.kk || ''
        },
        slugify: (input) => slugify(input),
      },
      validation: (rule) => rule.required().custom((value) => slugProblem((value as {current?: string} | undefined)?.current) ?? true),
    }),
    defineField({
      name: 'owner',
      title: 'Owner',
      description: 'Optional: the product or company this policy belongs to, when the site hosts several.',
      type: 'owner',
    }),
    defineField({
      name: 'order',
      title: 'Order',
      description: 'Position in the list of policies (lower first).',
      type: 'number',
      validation: (rule) => rule.integer(),
    }),
    defineField({
      name: 'prevailingLanguage',
      title: 'Which text prevails',
      description:
        'Only when this policy differs from the site: leave empty to use Site settings → Which text prevails. Shown in both languages on every page of the policy and in its app view.',
      type: 'string',
      options: {list: prevailingLanguageList, layout: 'dropdown'},
    }),
  ],
  orderings: [
    {title: 'Site order', name: 'siteOrder', by: [{field: 'order', direction: 'asc'}, {field: 'slug.current', direction: 'asc'}]},
  ],
  preview: {
    select: {title: 'title', slug: 'slug.current'},
    prepare: ({title, slug}) => policyPreview(title, slug),
  },
})
