// Singleton documents (site settings): never created from the "new document" menus, never deleted,
// duplicated or unpublished. They are opened from a fixed list item in structure.ts.
import {definePlugin} from 'sanity'
import {decideSingletonAction} from '../actions/actionDecisions'

export const singletons = definePlugin<{types: ReadonlySet<string>}>(({types}) => ({
  name: 'policies-singletons',
  schema: {
    templates: (previous) => previous.filter((template) => !types.has(template.schemaType)),
  },
  document: {
    actions: (previous, context) =>
      types.has(context.schemaType)
        ? previous.filter((action) => decideSingletonAction(action.action).kind !== 'remove')
        : previous,
  },
}))
