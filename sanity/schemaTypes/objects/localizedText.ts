import {defineField, defineType} from 'sanity'
import {localeTitles} from '../localeTitles'

/** Plain multi-line text in both languages (addresses, revision summaries). */
export const localizedText = defineType({
  name: 'localizedText',
  title: 'Plain text (kk | ru)',
  type: 'object',
  options: {columns: 2},
  fields: [
    defineField({name: 'kk', title: localeTitles.kk, type: 'text', rows: 3}),
    defineField({name: 'ru', title: localeTitles.ru, type: 'text', rows: 3}),
  ],
})
