import {defineField, defineType} from 'sanity'
import {localeTitles} from '../localeTitles'

/** A short text in both languages, side by side. Either side may stay empty (not yet translated). */
export const localizedString = defineType({
  name: 'localizedString',
  title: 'Text (kk | ru)',
  type: 'object',
  options: {columns: 2},
  fields: [
    defineField({name: 'kk', title: localeTitles.kk, type: 'string'}),
    defineField({name: 'ru', title: localeTitles.ru, type: 'string'}),
  ],
})
