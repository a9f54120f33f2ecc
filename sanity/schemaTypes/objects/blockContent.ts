import {defineArrayMember, defineField, defineType} from 'sanity'
import {ALLOWED_LINK_SCHEMES} from '../../lib/validation/links'
import {hrefRule, portableTextRule} from '../../lib/validation/studio/sectionRules'

/** Policy text, limited to what the site renders: paragraphs, bullet/numbered lists, bold, italic and links. */
export const blockContent = defineType({
  name: 'blockContent',
  title: 'Text',
  type: 'array',
  of: [
    defineArrayMember({
      type: 'block',
      styles: [{title: 'Paragraph', value: 'normal'}],
      lists: [
        {title: 'Bulleted list', value: 'bullet'},
        {title: 'Numbered list', value: 'number'},
      ],
      marks: {
        decorators: [
          {title: 'Bold', value: 'strong'},
          {title: 'Italic', value: 'em'},
        ],
        annotations: [
          defineArrayMember({
            name: 'link',
            title: 'Link',
            type: 'object',
            fields: [
              defineField({
                name: 'href',
                title: 'Address',
                description: 'https://…, mailto:… or tel:…',
                type: 'url',
                validation: (rule) => rule.required().uri({scheme: [...ALLOWED_LINK_SCHEMES]}).custom(hrefRule),
              }),
            ],
          }),
        ],
      },
    }),
  ],
  validation: (rule) => rule.custom(portableTextRule),
})
