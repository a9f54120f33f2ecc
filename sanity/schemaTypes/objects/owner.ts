import {defineField, defineType} from 'sanity'

/** Who a policy belongs to, when the site hosts policies of several products or companies. */
export const owner = defineType({
  name: 'owner',
  title: 'Owner',
  type: 'object',
  fields: [
    defineField({name: 'name', title: 'Name', type: 'localizedString'}),
    defineField({name: 'email', title: 'E-mail', type: 'email'}),
    defineField({
      name: 'url',
      title: 'Website',
      type: 'url',
      validation: (rule) => rule.uri({scheme: ['http', 'https']}),
    }),
  ],
})
