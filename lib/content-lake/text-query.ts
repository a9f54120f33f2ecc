// `text::query()`, the Studio's search function, is not in groq-js. The Studio's lists and search send
// `<fields> match text::query($q)`: with a blank $q that selects everything (how every document list opens); with
// words it becomes groq-js's own `match` on the same fields, a plainer full-text match than the hosted one.
const TEXT_QUERY = /(\[[^[\]]*\]|[\w@.]+)\s+match\s+text::query\(\s*\$(\w+)\s*\)/g

export function rewriteTextQuery(query: string, params: Record<string, unknown>): string {
  if (!query.includes('text::query')) return query
  return query.replace(TEXT_QUERY, (_whole, fields: string, name: string) => {
    const value = params[name]
    return typeof value !== 'string' || !value.trim() ? 'true' : `${fields} match $${name}`
  })
}
