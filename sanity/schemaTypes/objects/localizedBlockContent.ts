import {defineField, defineType} from 'sanity'
import {localeTitles} from '../localeTitles'

/** A section's body: the Kazakh and Russian text of one clause, edited side by side. */
export const localizedBlockContent = defineType({
  name: 'localizedBlockContent',
  title: 'Rich text (kk | ru)',
  type: 'object',
  options: {columns: 2},
  fields: [
    defineField({name: 'kk', title: localeTitles.kk, type: 'blockContent'}),
    defineField({name: 'ru', title: localeTitles.ru, type: 'blockContent'}),
  ],
})
