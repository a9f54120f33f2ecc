// What policy text may hold, for everything that writes or reads it: the Studio's editor and validation, the
// importer's output and the site's sanitizer. Pure, no imports: the Studio bundle loads it.

/** The paragraph style editors write (and the importer produces). */
export const EDITOR_STYLES = ['normal'] as const

/**
 * Styles the site renders. It also shows a few that only reach it from elsewhere (the API, an old import): never
 * offered in the Studio, never refused on a page.
 */
export const RENDERED_STYLES = [...EDITOR_STYLES, 'h3', 'h4', 'blockquote'] as const

export const LIST_ITEMS = ['bullet', 'number'] as const

/** Inline formatting besides links: bold and italic. */
export const DECORATORS = ['strong', 'em'] as const

/** Deeper lists are shown at this depth. */
export const MAX_LIST_LEVEL = 4

const includes = (list: readonly string[], value: unknown): value is string => typeof value === 'string' && list.includes(value)

export const isEditorStyle = (style: unknown) => includes(EDITOR_STYLES, style)
export const isRenderedStyle = (style: unknown) => includes(RENDERED_STYLES, style)
export const isListItem = (item: unknown) => includes(LIST_ITEMS, item)
export const isDecorator = (mark: unknown) => includes(DECORATORS, mark)
