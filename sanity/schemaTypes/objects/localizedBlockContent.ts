import {defineField, defineType} from 'sanity'
import {SideBySideInput} from '../../components/SideBySideInput'
import {localeTitles} from '../localeTitles'

/** A section's body: the Kazakh and Russian text of one clause, edited side by side. */
export const localizedBlockContent = defineType({
  name: 'localizedBlockContent',
  title: 'Rich text (kk | ru)',
  type: 'object',
  // Not `options: {columns: 2}`: it squeezes the editors (see SideBySideInput).
  components: {input: SideBySideInput},
  fields: [
    defineField({name: 'kk', title: localeTitles.kk, type: 'blockContent'}),
    defineField({name: 'ru', title: localeTitles.ru, type: 'blockContent'}),
  ],
})
