// Renders a tree of server components to static HTML. Route handlers run under the `react-server` condition, where
// `react-dom/server` throws ("not supported in React Server Components"), so the zero-JS app view renders its
// components here: host elements, fragments, and sync or async function components (the react-server build of
// @portabletext/react is plain functions). Anything that needs a React runtime (hooks, context, class or client
// components) is refused loudly instead of rendering wrong.
import type {ReactNode} from 'react'

const ELEMENT = new Set([Symbol.for('react.transitional.element'), Symbol.for('react.element')])
const FRAGMENT = Symbol.for('react.fragment')
const SUSPENSE = Symbol.for('react.suspense')
const MEMO = Symbol.for('react.memo')
const FORWARD_REF = Symbol.for('react.forward_ref')

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'])
const BOOLEAN = new Set(['hidden', 'open', 'disabled', 'checked', 'selected', 'required', 'reversed', 'async', 'defer', 'multiple', 'readOnly'])
const RENAMED: Record<string, string> = {
  className: 'class',
  htmlFor: 'for',
  hrefLang: 'hreflang',
  charSet: 'charset',
  httpEquiv: 'http-equiv',
  dateTime: 'datetime',
  readOnly: 'readonly',
  tabIndex: 'tabindex',
  crossOrigin: 'crossorigin',
}
const SKIPPED = new Set(['children', 'key', 'ref', 'dangerouslySetInnerHTML', 'suppressHydrationWarning'])

type Element = {$$typeof: symbol; type: unknown; props: Record<string, unknown>}

// React's entities, but only where they are needed: quotes are plain characters in text (legal texts quote a lot)
// and attribute values are always double-quoted.
const ENTITIES: Record<string, string> = {'"': '&quot;', '&': '&amp;', '<': '&lt;', '>': '&gt;'}

export function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (c) => ENTITIES[c])
}

export function escapeAttribute(value: string): string {
  return value.replace(/["&<>]/g, (c) => ENTITIES[c])
}

function isElement(node: unknown): node is Element {
  return typeof node === 'object' && node !== null && ELEMENT.has((node as Element).$$typeof)
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === 'function'
}

function styleText(style: Record<string, unknown>): string {
  return Object.entries(style)
    .filter(([, value]) => value != null && value !== '' && typeof value !== 'boolean')
    .map(([name, value]) => `${name.startsWith('--') ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}:${String(value).trim()}`)
    .join(';')
}

function attributes(props: Record<string, unknown>): string {
  let out = ''
  for (const [prop, value] of Object.entries(props)) {
    if (SKIPPED.has(prop) || value == null || typeof value === 'function' || typeof value === 'symbol') continue
    const name = RENAMED[prop] ?? prop
    if (prop === 'style' && typeof value === 'object') {
      const css = styleText(value as Record<string, unknown>)
      if (css) out += ` style="${escapeAttribute(css)}"`
    } else if (typeof value === 'boolean') {
      if (BOOLEAN.has(prop)) {
        if (value) out += ` ${name}=""`
      } else if (/^(aria|data)-/.test(prop)) {
        out += ` ${name}="${value}"`
      }
    } else {
      out += ` ${name}="${escapeAttribute(String(value))}"`
    }
  }
  return out
}

async function renderHost(tag: string, props: Record<string, unknown>): Promise<string> {
  if (!/^[a-z][a-z0-9-]*$/.test(tag)) throw new Error(`html/render: invalid tag name "${tag}"`)
  const open = `<${tag}${attributes(props)}`
  if (VOID.has(tag)) return `${open}/>`
  const inner = props.dangerouslySetInnerHTML as {__html?: unknown} | undefined
  const content = inner ? String(inner.__html ?? '') : await renderNode(props.children as ReactNode)
  return `${open}>${content}</${tag}>`
}

async function renderElement(element: Element): Promise<string> {
  const {type, props} = element
  if (typeof type === 'string') return renderHost(type, props)
  if (type === FRAGMENT || type === SUSPENSE) return renderNode(props.children as ReactNode)
  const kind = (type as {$$typeof?: symbol} | null)?.$$typeof
  if (kind === MEMO) return renderElement({...element, type: (type as {type: unknown}).type})
  if (kind === FORWARD_REF) return renderNode((type as {render: (p: unknown, r: null) => ReactNode}).render(props, null))
  if (typeof type === 'function' && kind === undefined && !type.prototype?.isReactComponent) {
    return renderNode((type as (p: unknown) => ReactNode)(props))
  }
  const name = typeof type === 'function' ? type.name : String(kind?.description ?? type)
  throw new Error(`html/render: cannot render <${name || 'anonymous'}> (only host elements and function components)`)
}

async function renderNode(node: ReactNode | PromiseLike<ReactNode>): Promise<string> {
  const value = isThenable(node) ? await node : node
  if (value == null || typeof value === 'boolean') return ''
  if (typeof value === 'string') return escapeText(value)
  if (typeof value === 'number' || typeof value === 'bigint') return String(value)
  if (isElement(value)) return renderElement(value)
  if (typeof value === 'object' && Symbol.iterator in value) {
    const parts = await Promise.all(Array.from(value as Iterable<ReactNode>, (child) => renderNode(child)))
    return parts.join('')
  }
  throw new Error(`html/render: cannot render a ${typeof value}`)
}

/** Static HTML of a server component tree (no React runtime, no hydration markers). */
export function renderToStaticHtml(node: ReactNode): Promise<string> {
  return renderNode(node)
}
