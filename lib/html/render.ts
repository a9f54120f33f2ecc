// Renders a tree of server components to static HTML, byte for byte what `renderToStaticMarkup` from
// `react-dom/server` (React 19) gives for the same tree. Route handlers run under the `react-server` condition, where
// `react-dom/server` throws ("not supported in React Server Components"), so pages and the zero-JS app view render
// their components here: host elements, fragments, and sync or async function components (the react-server build
// of @portabletext/react is plain functions). Anything that needs a React runtime (hooks, context, class or client
// components, function form actions) is refused loudly instead of rendering wrong.
//
// The rules are ported from React's server renderer (react-dom/cjs/react-dom-server-legacy.node.development.js:
// escapeTextForBrowser, pushAttribute, pushStyleAttribute, pushStartInstance, flushCompletedQueues), including what
// React does with a whole document:
// - no `<!DOCTYPE html>` (renderToStaticMarkup writes none; the caller prepends it);
// - `<html>`, `<head>` and `<body>` at the top are singletons, each at most once;
// - `<title>`, `<meta>`, `<link rel href>`, `<script async src>`, `<style precedence href>` and
//   `<link rel="stylesheet" precedence>` are hoisted to the head (or, with no head, to the start of the output) in
//   this order: `<meta charSet>`, `<meta name="viewport">`, image preloads, precedence stylesheets and styles,
//   async scripts, more image preloads, then titles, other metas and links in document order; then the head's other
//   children (e.g. a plain `<style>`). Inside `<svg>`, `<noscript>` or with `itemProp` they stay in place;
// - every `<img src>` that is not lazy, low priority, a data URL, or inside `<picture>`/`<noscript>` adds a
//   `<link rel="preload" as="image">` to the head;
// - a `<title>` with several children (`<title>a {b}</title>`) is empty: give it one string.
// The differential tests (render.test.tsx) compare with react-dom/server on a table of trees and a few hundred random
// ones.
import type {ReactNode} from 'react'

const ELEMENT = new Set([Symbol.for('react.transitional.element'), Symbol.for('react.element')])
const FRAGMENT = Symbol.for('react.fragment')
const STRICT_MODE = Symbol.for('react.strict_mode')
const PROFILER = Symbol.for('react.profiler')
const SUSPENSE = Symbol.for('react.suspense')
const MEMO = Symbol.for('react.memo')
const FORWARD_REF = Symbol.for('react.forward_ref')

type Props = Record<string, unknown>
type Element = {$$typeof: symbol; type: unknown; props: Props}

// ---------------------------------------------------------------------------------------------------------------
// Escaping (React's escapeTextForBrowser), for text and attribute values alike.

const ENTITIES: Record<string, string> = {'"': '&quot;', '&': '&amp;', "'": '&#x27;', '<': '&lt;', '>': '&gt;'}
const NEEDS_ESCAPE = /["'&<>]/
const ESCAPED = /["'&<>]/g

function escapeValue(value: unknown): string {
  if (typeof value === 'boolean' || typeof value === 'number' || typeof value === 'bigint') return '' + value
  const text = '' + (value as string)
  return NEEDS_ESCAPE.test(text) ? text.replace(ESCAPED, (c) => ENTITIES[c]) : text
}

/** Text as React writes it: `&`, `<`, `>`, `"` and `'` escaped. */
export function escapeText(text: string): string {
  return escapeValue(text)
}

/** An attribute value as React writes it (double-quoted, so the same entities as text). */
export function escapeAttribute(value: string): string {
  return escapeValue(value)
}

// `</style` and `</script` inside raw text elements, as React breaks them.
const escapeStyleText = (text: string) => text.replace(/(<\/|<)(s)(tyle)/gi, (_, a, s, b) => `${a}${s === 's' ? '\\73 ' : '\\53 '}${b}`)
const escapeScriptText = (text: string) => text.replace(/(<\/|<)(s)(cript)/gi, (_, a, s, b) => `${a}${s === 's' ? '\\u0073' : '\\u0053'}${b}`)

const JAVASCRIPT_URL = /^[\u0000-\u001F ]*j[\r\n\t]*a[\r\n\t]*v[\r\n\t]*a[\r\n\t]*s[\r\n\t]*c[\r\n\t]*r[\r\n\t]*i[\r\n\t]*p[\r\n\t]*t[\r\n\t]*:/i
const BLOCKED_URL = "javascript:throw new Error('React has blocked a javascript: URL as a security precaution.')"
const sanitizeUrl = (url: string) => (JAVASCRIPT_URL.test(url) ? BLOCKED_URL : url)

// ---------------------------------------------------------------------------------------------------------------
// Attributes (React's pushAttribute and pushStyleAttribute).

const VALID_TAG = /^[a-zA-Z][a-zA-Z:_.\-\d]*$/
const VALID_ATTRIBUTE_NAME =
  /^[:A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD][:A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\-.0-9\u00B7\u0300-\u036F\u203F-\u2040]*$/

const UNITLESS = new Set(
  'animationIterationCount aspectRatio borderImageOutset borderImageSlice borderImageWidth boxFlex boxFlexGroup boxOrdinalGroup columnCount columns flex flexGrow flexPositive flexShrink flexNegative flexOrder gridArea gridRow gridRowEnd gridRowSpan gridRowStart gridColumn gridColumnEnd gridColumnSpan gridColumnStart fontWeight lineClamp lineHeight opacity order orphans scale tabSize widows zIndex zoom fillOpacity floodOpacity stopOpacity strokeDasharray strokeDashoffset strokeMiterlimit strokeOpacity strokeWidth MozAnimationIterationCount MozBoxFlex MozBoxFlexGroup MozLineClamp msAnimationIterationCount msFlex msZoom msFlexGrow msFlexNegative msFlexOrder msFlexPositive msFlexShrink msGridColumn msGridColumnSpan msGridRow msGridRowSpan WebkitAnimationIterationCount WebkitBoxFlex WebKitBoxFlexGroup WebkitBoxOrdinalGroup WebkitColumnCount WebkitColumns WebkitFlex WebkitFlexGrow WebkitFlexPositive WebkitFlexShrink WebkitLineClamp'.split(
    ' ',
  ),
)

const ALIASES = new Map(
  Object.entries({
    acceptCharset: 'accept-charset',
    htmlFor: 'for',
    httpEquiv: 'http-equiv',
    crossOrigin: 'crossorigin',
    accentHeight: 'accent-height',
    alignmentBaseline: 'alignment-baseline',
    arabicForm: 'arabic-form',
    baselineShift: 'baseline-shift',
    capHeight: 'cap-height',
    clipPath: 'clip-path',
    clipRule: 'clip-rule',
    colorInterpolation: 'color-interpolation',
    colorInterpolationFilters: 'color-interpolation-filters',
    colorProfile: 'color-profile',
    colorRendering: 'color-rendering',
    dominantBaseline: 'dominant-baseline',
    enableBackground: 'enable-background',
    fillOpacity: 'fill-opacity',
    fillRule: 'fill-rule',
    floodColor: 'flood-color',
    floodOpacity: 'flood-opacity',
    fontFamily: 'font-family',
    fontSize: 'font-size',
    fontSizeAdjust: 'font-size-adjust',
    fontStretch: 'font-stretch',
    fontStyle: 'font-style',
    fontVariant: 'font-variant',
    fontWeight: 'font-weight',
    glyphName: 'glyph-name',
    glyphOrientationHorizontal: 'glyph-orientation-horizontal',
    glyphOrientationVertical: 'glyph-orientation-vertical',
    horizAdvX: 'horiz-adv-x',
    horizOriginX: 'horiz-origin-x',
    imageRendering: 'image-rendering',
    letterSpacing: 'letter-spacing',
    lightingColor: 'lighting-color',
    markerEnd: 'marker-end',
    markerMid: 'marker-mid',
    markerStart: 'marker-start',
    maskType: 'mask-type',
    overlinePosition: 'overline-position',
    overlineThickness: 'overline-thickness',
    paintOrder: 'paint-order',
    'panose-1': 'panose-1',
    pointerEvents: 'pointer-events',
    renderingIntent: 'rendering-intent',
    shapeRendering: 'shape-rendering',
    stopColor: 'stop-color',
    stopOpacity: 'stop-opacity',
    strikethroughPosition: 'strikethrough-position',
    strikethroughThickness: 'strikethrough-thickness',
    strokeDasharray: 'stroke-dasharray',
    strokeDashoffset: 'stroke-dashoffset',
    strokeLinecap: 'stroke-linecap',
    strokeLinejoin: 'stroke-linejoin',
    strokeMiterlimit: 'stroke-miterlimit',
    strokeOpacity: 'stroke-opacity',
    strokeWidth: 'stroke-width',
    textAnchor: 'text-anchor',
    textDecoration: 'text-decoration',
    textRendering: 'text-rendering',
    transformOrigin: 'transform-origin',
    underlinePosition: 'underline-position',
    underlineThickness: 'underline-thickness',
    unicodeBidi: 'unicode-bidi',
    unicodeRange: 'unicode-range',
    unitsPerEm: 'units-per-em',
    vAlphabetic: 'v-alphabetic',
    vHanging: 'v-hanging',
    vIdeographic: 'v-ideographic',
    vMathematical: 'v-mathematical',
    vectorEffect: 'vector-effect',
    vertAdvY: 'vert-adv-y',
    vertOriginX: 'vert-origin-x',
    vertOriginY: 'vert-origin-y',
    wordSpacing: 'word-spacing',
    writingMode: 'writing-mode',
    xmlnsXlink: 'xmlns:xlink',
    xHeight: 'x-height',
  }),
)

// Boolean attributes: present (`name=""`) when truthy, written as React names them (`readOnly`, `noValidate`).
const BOOLEAN = new Set(
  'inert allowFullScreen async autoPlay controls credentialless default defer disabled disablePictureInPicture disableRemotePlayback formNoValidate hidden loop noModule noValidate open playsInline readOnly required reversed scoped seamless itemScope'.split(
    ' ',
  ),
)
// "Booleanish" strings and `value`: any value but a function or symbol, booleans as "true"/"false".
const BOOLEANISH = new Set(['contentEditable', 'spellCheck', 'draggable', 'value', 'autoReverse', 'externalResourcesRequired', 'focusable', 'preserveAlpha'])
const XML_NAMES: Record<string, string> = {
  xlinkActuate: 'xlink:actuate',
  xlinkArcrole: 'xlink:arcrole',
  xlinkRole: 'xlink:role',
  xlinkShow: 'xlink:show',
  xlinkTitle: 'xlink:title',
  xlinkType: 'xlink:type',
  xmlBase: 'xml:base',
  xmlLang: 'xml:lang',
  xmlSpace: 'xml:space',
}

const isCallable = (value: unknown) => typeof value === 'function' || typeof value === 'symbol'
const attribute = (name: string, value: unknown) => ` ${name}="${escapeValue(value)}"`

function stringAttribute(out: string[], name: string, value: unknown) {
  if (!isCallable(value) && typeof value !== 'boolean') out.push(attribute(name, value))
}

function booleanAttribute(out: string[], name: string, value: unknown) {
  if (value && !isCallable(value)) out.push(` ${name}=""`)
}

const styleNames = new Map<string, string>()

function styleAttribute(out: string[], style: unknown) {
  if (typeof style !== 'object') {
    throw new Error('html/render: the `style` prop expects an object of style properties, not a string.')
  }
  let css = ''
  for (const name in style) {
    if (!Object.hasOwn(style as object, name)) continue
    let value = (style as Props)[name]
    if (value == null || typeof value === 'boolean' || value === '') continue
    let cssName: string
    if (name.startsWith('--')) {
      cssName = escapeValue(name)
      value = escapeValue(('' + (value as string)).trim())
    } else {
      cssName = styleNames.get(name) ?? ''
      if (!cssName) {
        cssName = escapeValue(name.replace(/([A-Z])/g, '-$1').toLowerCase().replace(/^ms-/, '-ms-'))
        styleNames.set(name, cssName)
      }
      value =
        typeof value === 'number'
          ? value === 0 || UNITLESS.has(name)
            ? '' + value
            : value + 'px'
          : escapeValue(('' + (value as string)).trim())
    }
    css += `${css ? ';' : ''}${cssName}:${value as string}`
  }
  if (css) out.push(` style="${css}"`)
}

function pushAttribute(out: string[], name: string, value: unknown) {
  switch (name) {
    case 'className':
      return stringAttribute(out, 'class', value)
    case 'tabIndex':
      return stringAttribute(out, 'tabindex', value)
    case 'dir':
    case 'role':
    case 'viewBox':
    case 'width':
    case 'height':
      return stringAttribute(out, name, value)
    case 'style':
      return styleAttribute(out, value)
    case 'src':
    case 'href':
      if (value === '') return
    // falls through
    case 'action':
    case 'formAction':
      if (value == null || isCallable(value) || typeof value === 'boolean') return
      out.push(attribute(name, sanitizeUrl('' + (value as string))))
      return
    case 'defaultValue':
    case 'defaultChecked':
    case 'innerHTML':
    case 'suppressContentEditableWarning':
    case 'suppressHydrationWarning':
    case 'ref':
      return
    case 'autoFocus':
    case 'multiple':
    case 'muted':
      return booleanAttribute(out, name.toLowerCase(), value)
    case 'xlinkHref':
      if (isCallable(value) || typeof value === 'boolean') return
      out.push(attribute('xlink:href', sanitizeUrl('' + (value as string))))
      return
    case 'capture':
    case 'download':
      if (value === true) out.push(` ${name}=""`)
      else if (value !== false && !isCallable(value)) out.push(attribute(name, value))
      return
    case 'cols':
    case 'rows':
    case 'size':
    case 'span':
      if (!isCallable(value) && !isNaN(value as number) && 1 <= (value as number)) out.push(attribute(name, value))
      return
    case 'rowSpan':
    case 'start':
      if (!isCallable(value) && !isNaN(value as number)) out.push(attribute(name, value))
      return
  }
  if (BOOLEAN.has(name)) return booleanAttribute(out, name, value)
  if (BOOLEANISH.has(name)) {
    if (!isCallable(value)) out.push(attribute(name, value))
    return
  }
  if (name in XML_NAMES) return stringAttribute(out, XML_NAMES[name], value)
  // Event handlers (`on…`) never render, whatever their value.
  if (name.length > 2 && (name[0] === 'o' || name[0] === 'O') && (name[1] === 'n' || name[1] === 'N')) return
  const attributeName = ALIASES.get(name) ?? name
  if (!VALID_ATTRIBUTE_NAME.test(attributeName) || isCallable(value)) return
  if (typeof value === 'boolean') {
    const prefix = attributeName.toLowerCase().slice(0, 5)
    if (prefix !== 'data-' && prefix !== 'aria-') return
  }
  out.push(attribute(attributeName, value))
}

// ---------------------------------------------------------------------------------------------------------------
// Phase 1: resolve the tree. Components are called (async ones awaited, siblings concurrently), leaving host
// elements, text and Suspense boundaries. The text-only elements keep their children as given: React does not
// render those children as nodes, it stringifies them.

type Resolved = string | Host | Boundary | Resolved[]
type Host = {kind: 'host'; tag: string; props: Props; children: Resolved}
type Boundary = {kind: 'boundary'; children: Resolved}

const CHILDLESS = new Set(['title', 'style', 'script', 'textarea', 'input', 'menuitem', 'link', 'meta', 'img'])
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'keygen', 'param', 'source', 'track', 'wbr'])

function isElement(node: unknown): node is Element {
  return typeof node === 'object' && node !== null && ELEMENT.has((node as Element).$$typeof)
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === 'function'
}

async function resolveNode(node: unknown): Promise<Resolved> {
  const value = isThenable(node) ? await node : node
  if (value == null || typeof value === 'boolean') return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'bigint') return '' + value
  if (isElement(value)) return resolveElement(value.type, value.props)
  if (typeof value === 'object' && Symbol.iterator in value) {
    return Promise.all(Array.from(value as Iterable<unknown>, (child) => resolveNode(child)))
  }
  throw new Error(`html/render: cannot render a ${typeof value}`)
}

async function resolveElement(type: unknown, props: Props): Promise<Resolved> {
  if (typeof type === 'string') {
    if (!VALID_TAG.test(type)) throw new Error(`html/render: invalid tag name "${type}"`)
    const children = CHILDLESS.has(type) || VOID.has(type) ? '' : await resolveNode(props.children)
    return {kind: 'host', tag: type, props, children}
  }
  if (type === FRAGMENT || type === STRICT_MODE || type === PROFILER) return resolveNode(props.children)
  if (type === SUSPENSE) return {kind: 'boundary', children: await resolveNode(props.children)}
  const kind = (type as {$$typeof?: symbol} | null)?.$$typeof
  if (kind === MEMO) return resolveElement((type as {type: unknown}).type, props)
  if (kind === FORWARD_REF) {
    const {ref = null, ...rest} = props
    return resolveNode((type as {render: (p: unknown, r: unknown) => ReactNode}).render(rest, ref))
  }
  if (typeof type === 'function' && kind === undefined && !type.prototype?.isReactComponent) {
    return resolveNode((type as (p: unknown) => ReactNode)(props))
  }
  const name = typeof type === 'function' ? type.name : String(kind?.description ?? type)
  throw new Error(`html/render: cannot render <${name || 'anonymous'}> (only host elements and function components)`)
}

// ---------------------------------------------------------------------------------------------------------------
// Phase 2: write the markup, as React's server renderer does (format contexts, hoisting, then the flush order).

const ROOT = 0
const HTML_HTML = 1
const HTML = 2
const HEAD = 3
const SVG = 4
const MATHML = 5
const TABLE = 6
const TABLE_BODY = 7
const TABLE_ROW = 8
const COLGROUP = 9
const NOSCRIPT_SCOPE = 1
const PICTURE_SCOPE = 2

type Context = {mode: number; selected: unknown; scope: number}
// A segment: the root one, or the children of `<head>` (kept), or deeper (React drops what `<head>`'s elements
// would put there: see writeHost).
type Segment = {chunks: string[]; root: boolean}
type Resource = {chunks: string[]}
type StyleQueue = {precedence: string; rules: string[]; hrefs: string[]; sheets: Map<string, Props>}

function childContext(parent: Context, tag: string, props: Props): Context {
  const scope = parent.scope
  switch (tag) {
    case 'noscript':
      return {mode: HTML, selected: null, scope: scope | NOSCRIPT_SCOPE}
    case 'select':
      return {mode: HTML, selected: props.value != null ? props.value : props.defaultValue, scope}
    case 'svg':
      return {mode: SVG, selected: null, scope}
    case 'picture':
      return {mode: HTML, selected: null, scope: scope | PICTURE_SCOPE}
    case 'math':
      return {mode: MATHML, selected: null, scope}
    case 'foreignObject':
      return {mode: HTML, selected: null, scope}
    case 'table':
      return {mode: TABLE, selected: null, scope}
    case 'thead':
    case 'tbody':
    case 'tfoot':
      return {mode: TABLE_BODY, selected: null, scope}
    case 'colgroup':
      return {mode: COLGROUP, selected: null, scope}
    case 'tr':
      return {mode: TABLE_ROW, selected: null, scope}
    case 'head':
      if (parent.mode < HTML) return {mode: HEAD, selected: null, scope}
      break
    case 'html':
      if (parent.mode === ROOT) return {mode: HTML_HTML, selected: null, scope}
  }
  return parent.mode >= TABLE || parent.mode < HTML ? {mode: HTML, selected: null, scope} : parent
}

const RESERVED_DASHED = new Set(['annotation-xml', 'color-profile', 'font-face', 'font-face-src', 'font-face-uri', 'font-face-format', 'font-face-name', 'missing-glyph'])
const NO_END_TAG = new Set([...VOID, 'title', 'style', 'script', 'img', 'input', 'link', 'meta'])
// The only child of a text-only element (`<title>`, `<style>`): an array of two or more gives nothing.
const onlyChild = (children: unknown) => (Array.isArray(children) ? (children.length < 2 ? children[0] : null) : children)

function innerHtml(out: string[], inner: unknown, children: unknown) {
  if (inner == null) return
  if (children != null) throw new Error('html/render: can only set one of `children` or `props.dangerouslySetInnerHTML`.')
  if (typeof inner !== 'object' || !('__html' in inner)) {
    throw new Error('html/render: `props.dangerouslySetInnerHTML` must be in the form `{__html: ...}`.')
  }
  const html = (inner as {__html: unknown}).__html
  if (html != null) out.push('' + (html as string))
}

/** `<tag` and its attributes, `children` and `dangerouslySetInnerHTML` set aside (React's prop loop). */
function openTag(out: string[], tag: string, props: Props, skip?: (name: string, value: unknown) => boolean) {
  out.push('<' + tag)
  let children: unknown = null
  let inner: unknown = null
  for (const name in props) {
    if (!Object.hasOwn(props, name)) continue
    const value = props[name]
    if (value == null) continue
    if (name === 'children') children = value
    else if (name === 'dangerouslySetInnerHTML') inner = value
    else if (!skip?.(name, value)) pushAttribute(out, name, value)
  }
  return {children, inner}
}

function selfClosing(out: string[], tag: string, props: Props) {
  const {children, inner} = openTag(out, tag, props)
  if (children != null || inner != null) {
    throw new Error(`html/render: ${tag} is a self-closing tag and must neither have \`children\` nor use \`dangerouslySetInnerHTML\`.`)
  }
  out.push('/>')
}

function titleElement(out: string[], props: Props) {
  const {children, inner} = openTag(out, 'title', props)
  out.push('>')
  const child = onlyChild(children)
  if (child != null && !isCallable(child)) out.push(escapeValue('' + (child as string)))
  innerHtml(out, inner, children)
  out.push('</title>')
}

function scriptElement(out: string[], props: Props) {
  const {children, inner} = openTag(out, 'script', props)
  out.push('>')
  innerHtml(out, inner, children)
  if (typeof children === 'string') out.push(escapeScriptText(children))
  out.push('</script>')
}

function refuseFunctionAction(tag: string, value: unknown) {
  if (typeof value === 'function') throw new Error(`html/render: cannot render a function action on <${tag}> (needs a React runtime)`)
}

/** React.Children.forEach's flattening, concatenated: an `<option>`'s text for matching the select's value. */
function optionText(children: unknown): string {
  if (children == null || typeof children === 'boolean') return ''
  if (typeof children === 'object' && !isElement(children) && Symbol.iterator in children) {
    return Array.from(children as Iterable<unknown>, optionText).join('')
  }
  return '' + (children as string)
}

class Writer {
  root: Segment = {chunks: [], root: true}
  htmlStart: string | null = null
  headStart: string | null = null
  bodyStart: string | null = null
  hasHtml = false
  hasBody = false
  headChildren: string[][] = []
  charset: string[] = []
  viewport: string[] = []
  hoistable: string[] = []
  highImages = new Set<Resource>()
  bulkImages = new Set<Resource>()
  promotableImages = new Map<string, Resource>()
  imageKeys = new Set<string>()
  styles = new Map<string, StyleQueue>()
  styleHrefs = new Set<string>()
  scripts: Resource[] = []
  scriptSrcs = new Set<string>()
  moduleSrcs = new Set<string>()

  write(node: Resolved, segment: Segment, context: Context) {
    if (typeof node === 'string') segment.chunks.push(escapeValue(node))
    else if (Array.isArray(node)) for (const child of node) this.write(child, segment, context)
    else if (node.kind === 'boundary') this.write(node.children, {chunks: segment.chunks, root: false}, context)
    else this.writeHost(node, segment, context)
  }

  writeHost(host: Host, segment: Segment, context: Context) {
    const {tag, props} = host
    const render = this.start(segment, host, context)
    const inner = childContext(context, tag, props)
    if (inner.mode === HEAD) {
      // React renders these children into a segment of their own: `<head>`'s (written after the hoisted elements)
      // is kept, deeper ones are lost (`<head><p>a<b>b</b></p></head>` gives `<p></p>`). Refuse rather than lose.
      const children: Segment = {chunks: [], root: false}
      if (render) this.write(host.children, children, inner)
      if (segment.root) this.headChildren.push(children.chunks)
      else if (children.chunks.join('') !== '') {
        throw new Error(`html/render: React drops the content of <${tag}> inside <head>; give it one string child or move it to <body>`)
      }
    } else if (render) this.write(host.children, segment, inner)
    this.end(segment.chunks, tag, context)
  }

  end(out: string[], tag: string, parent: Context) {
    if (NO_END_TAG.has(tag)) return
    if (tag === 'body' && parent.mode <= HTML_HTML) return void (this.hasBody = true)
    if (tag === 'html' && parent.mode === ROOT) return void (this.hasHtml = true)
    if (tag === 'head' && parent.mode <= HTML_HTML) return
    out.push(`</${tag}>`)
  }

  /** The start tag (or the hoisted element); true when the children are still to be written. */
  start(segment: Segment, host: Host, context: Context): boolean {
    const {tag, props} = host
    const out = segment.chunks
    const inPlace = context.mode === SVG || (context.scope & NOSCRIPT_SCOPE) !== 0 || props.itemProp != null
    switch (tag) {
      case 'a': {
        // An empty href stays (a link to this page); pushAttribute drops empty `href`s elsewhere.
        const emptyHref = (name: string, value: unknown) => name === 'href' && value === '' && out.push(' href=""') > 0
        const {children, inner} = openTag(out, 'a', props, emptyHref)
        return this.afterOpen(out, children, inner)
      }
      case 'select': {
        const {children, inner} = openTag(out, 'select', props, (name) => name === 'value' || name === 'defaultValue')
        out.push('>')
        innerHtml(out, inner, children)
        return true
      }
      case 'option': {
        let value: unknown = null
        let selected: unknown = null
        const {children, inner} = openTag(out, 'option', props, (name, v) => {
          if (name === 'selected') selected = v
          else if (name === 'value') value = v
          return name === 'selected'
        })
        const selectedValue = context.selected
        if (selectedValue != null) {
          const text = value !== null ? '' + (value as string) : optionText(children)
          const values = Array.isArray(selectedValue) ? selectedValue : [selectedValue]
          if (values.some((v) => '' + (v as string) === text)) out.push(' selected=""')
        } else if (selected) out.push(' selected=""')
        out.push('>')
        innerHtml(out, inner, children)
        return true
      }
      case 'textarea': {
        let value: unknown = null
        let defaultValue: unknown = null
        let children: unknown = null
        out.push('<textarea')
        for (const name in props) {
          if (!Object.hasOwn(props, name) || props[name] == null) continue
          if (name === 'children') children = props[name]
          else if (name === 'value') value = props[name]
          else if (name === 'defaultValue') defaultValue = props[name]
          else if (name === 'dangerouslySetInnerHTML') throw new Error('html/render: `dangerouslySetInnerHTML` does not make sense on <textarea>.')
          else pushAttribute(out, name, props[name])
        }
        if (value === null && defaultValue !== null) value = defaultValue
        out.push('>')
        if (children != null) {
          if (value != null) throw new Error('html/render: if you supply `defaultValue` on a <textarea>, do not pass children.')
          if (Array.isArray(children) && children.length > 1) throw new Error('html/render: <textarea> can only have at most one child.')
          value = '' + (children as string)
        }
        if (typeof value === 'string' && value[0] === '\n') out.push('\n')
        if (value !== null) out.push(escapeValue('' + (value as string)))
        return false
      }
      case 'input': {
        const set: Record<string, unknown> = {}
        const kept = ['name', 'formAction', 'formEncType', 'formMethod', 'formTarget', 'defaultChecked', 'defaultValue', 'checked', 'value']
        const {children, inner} = openTag(out, 'input', props, (name, value) => kept.includes(name) && ((set[name] = value), true))
        if (children != null || inner != null) {
          throw new Error('html/render: input is a self-closing tag and must neither have `children` nor use `dangerouslySetInnerHTML`.')
        }
        this.formActionAttributes(out, 'input', set.formAction, set.formEncType, set.formMethod, set.formTarget, set.name)
        if (set.checked != null) booleanAttribute(out, 'checked', set.checked)
        else if (set.defaultChecked != null) booleanAttribute(out, 'checked', set.defaultChecked)
        if (set.value != null) pushAttribute(out, 'value', set.value)
        else if (set.defaultValue != null) pushAttribute(out, 'value', set.defaultValue)
        out.push('/>')
        return false
      }
      case 'button': {
        const set: Record<string, unknown> = {}
        const kept = ['name', 'formAction', 'formEncType', 'formMethod', 'formTarget']
        const {children, inner} = openTag(out, 'button', props, (name, value) => kept.includes(name) && ((set[name] = value), true))
        this.formActionAttributes(out, 'button', set.formAction, set.formEncType, set.formMethod, set.formTarget, set.name)
        return this.afterOpen(out, children, inner)
      }
      case 'form': {
        const set: Record<string, unknown> = {}
        const kept = ['action', 'encType', 'method', 'target']
        const {children, inner} = openTag(out, 'form', props, (name, value) => kept.includes(name) && ((set[name] = value), true))
        refuseFunctionAction('form', set.action)
        if (set.action != null) pushAttribute(out, 'action', set.action)
        if (set.encType != null) pushAttribute(out, 'encType', set.encType)
        if (set.method != null) pushAttribute(out, 'method', set.method)
        if (set.target != null) pushAttribute(out, 'target', set.target)
        return this.afterOpen(out, children, inner)
      }
      case 'menuitem': {
        const {children, inner} = openTag(out, 'menuitem', props)
        if (children != null || inner != null) throw new Error('html/render: menuitems cannot have `children` nor `dangerouslySetInnerHTML`.')
        out.push('>')
        return false
      }
      case 'object': {
        const {children, inner} = openTag(out, 'object', props, (name, value) => {
          if (name !== 'data') return false
          const url = sanitizeUrl('' + (value as string))
          if (url !== '') out.push(attribute('data', url))
          return true
        })
        return this.afterOpen(out, children, inner)
      }
      case 'title':
        titleElement(inPlace ? out : this.hoistable, props)
        return false
      case 'link':
        this.link(out, props, inPlace)
        return false
      case 'script':
        this.script(out, props, context)
        return false
      case 'style':
        this.style(out, props, inPlace)
        return false
      case 'meta':
        if (inPlace) selfClosing(out, 'meta', props)
        else if (typeof props.charSet === 'string') selfClosing(this.charset, 'meta', props)
        else if (props.name === 'viewport') selfClosing(this.viewport, 'meta', props)
        else selfClosing(this.hoistable, 'meta', props)
        return false
      case 'listing':
      case 'pre': {
        const {children, inner} = openTag(out, tag, props)
        out.push('>')
        if (inner != null) {
          if (children != null) throw new Error('html/render: can only set one of `children` or `props.dangerouslySetInnerHTML`.')
          if (typeof inner !== 'object' || !('__html' in inner)) {
            throw new Error('html/render: `props.dangerouslySetInnerHTML` must be in the form `{__html: ...}`.')
          }
          const html = (inner as {__html: unknown}).__html
          if (html != null) out.push(typeof html === 'string' && html[0] === '\n' ? '\n' + html : '' + (html as string))
        }
        if (typeof children === 'string' && children[0] === '\n') out.push('\n')
        return true
      }
      case 'img':
        this.preloadImage(props, context)
        selfClosing(out, 'img', props)
        return false
      case 'head':
      case 'body':
        if (context.mode < HTML) return this.singleton(segment, tag, props)
        break
      case 'html':
        if (context.mode === ROOT) return this.singleton(segment, tag, props)
        break
      default:
        if (VOID.has(tag)) {
          selfClosing(out, tag, props)
          return false
        }
        if (tag.includes('-') && !RESERVED_DASHED.has(tag)) return this.customElement(out, tag, props)
    }
    const {children, inner} = openTag(out, tag, props)
    return this.afterOpen(out, children, inner)
  }

  /** `>`, the inner HTML, and a string child written at once (React's pushStartGenericElement). */
  afterOpen(out: string[], children: unknown, inner: unknown): boolean {
    out.push('>')
    innerHtml(out, inner, children)
    if (typeof children !== 'string') return true
    out.push(escapeValue(children))
    return false
  }

  formActionAttributes(out: string[], tag: string, action: unknown, encType: unknown, method: unknown, target: unknown, name: unknown) {
    refuseFunctionAction(tag, action)
    if (name != null) pushAttribute(out, 'name', name)
    if (action != null) pushAttribute(out, 'formAction', action)
    if (encType != null) pushAttribute(out, 'formEncType', encType)
    if (method != null) pushAttribute(out, 'formMethod', method)
    if (target != null) pushAttribute(out, 'formTarget', target)
  }

  singleton(segment: Segment, tag: 'html' | 'head' | 'body', props: Props): boolean {
    if (!segment.root) throw new Error(`html/render: <${tag}> inside <Suspense> is not supported (React loses parts of the head)`)
    const field = tag === 'html' ? 'htmlStart' : tag === 'head' ? 'headStart' : 'bodyStart'
    if (this[field] !== null) throw new Error(`html/render: the \`<${tag}>\` tag may only be rendered once.`)
    const out: string[] = []
    const {children, inner} = openTag(out, tag, props)
    out.push('>')
    innerHtml(out, inner, children)
    this[field] = out.join('')
    return true
  }

  customElement(out: string[], tag: string, props: Props): boolean {
    out.push('<' + tag)
    let children: unknown = null
    let inner: unknown = null
    for (const name in props) {
      if (!Object.hasOwn(props, name)) continue
      let value = props[name]
      if (value == null) continue
      if (name === 'children') children = value
      else if (name === 'dangerouslySetInnerHTML') inner = value
      else if (name === 'style') styleAttribute(out, value)
      else if (name === 'suppressContentEditableWarning' || name === 'suppressHydrationWarning' || name === 'ref') continue
      else if (VALID_ATTRIBUTE_NAME.test(name) && !isCallable(value) && value !== false) {
        if (value === true) value = ''
        else if (typeof value === 'object') continue
        out.push(attribute(name === 'className' ? 'class' : name, value))
      }
    }
    out.push('>')
    innerHtml(out, inner, children)
    return true
  }

  link(out: string[], props: Props, inPlace: boolean) {
    const {rel, href, precedence} = props
    if (inPlace || typeof rel !== 'string' || typeof href !== 'string' || href === '') return selfClosing(out, 'link', props)
    if (rel === 'stylesheet') {
      if (typeof precedence !== 'string' || props.disabled != null || props.onLoad || props.onError) return selfClosing(out, 'link', props)
      if (this.styleHrefs.has(href)) return
      this.styleHrefs.add(href)
      this.styleQueue(precedence).sheets.set(href, {...props, 'data-precedence': precedence, precedence: null})
      return
    }
    if (props.onLoad || props.onError) return selfClosing(out, 'link', props)
    selfClosing(this.hoistable, 'link', props)
  }

  styleQueue(precedence: string): StyleQueue {
    let queue = this.styles.get(precedence)
    if (!queue) {
      queue = {precedence: escapeValue(precedence), rules: [], hrefs: [], sheets: new Map()}
      this.styles.set(precedence, queue)
    }
    return queue
  }

  style(out: string[], props: Props, inPlace: boolean) {
    const {precedence, href} = props
    if (inPlace || typeof precedence !== 'string' || typeof href !== 'string' || href === '') {
      const {children, inner} = openTag(out, 'style', props)
      out.push('>')
      const child = onlyChild(children)
      if (child != null && !isCallable(child)) out.push(escapeStyleText('' + (child as string)))
      innerHtml(out, inner, children)
      out.push('</style>')
      return
    }
    if (this.styleHrefs.has(href)) return
    this.styleHrefs.add(href)
    const queue = this.styleQueue(precedence)
    queue.hrefs.push(escapeValue(href))
    const child = onlyChild(props.children)
    if (child != null && !isCallable(child)) queue.rules.push(escapeStyleText('' + (child as string)))
    innerHtml(queue.rules, props.dangerouslySetInnerHTML, props.children)
  }

  script(out: string[], props: Props, context: Context) {
    const {src, async} = props
    if (
      typeof src !== 'string' ||
      !src ||
      !async ||
      isCallable(async) ||
      props.onLoad ||
      props.onError ||
      context.mode === SVG ||
      context.scope & NOSCRIPT_SCOPE ||
      props.itemProp != null
    ) {
      return scriptElement(out, props)
    }
    const seen = props.type === 'module' ? this.moduleSrcs : this.scriptSrcs
    if (seen.has(src)) return
    seen.add(src)
    const resource = {chunks: []}
    this.scripts.push(resource)
    scriptElement(resource.chunks, props)
  }

  preloadImage(props: Props, context: Context) {
    const {src, srcSet} = props
    const isData = (url: unknown) => typeof url === 'string' && url[4] === ':' && url.slice(0, 4).toLowerCase() === 'data'
    if (
      props.loading === 'lazy' ||
      (!src && !srcSet) ||
      (typeof src !== 'string' && src != null) ||
      (typeof srcSet !== 'string' && srcSet != null) ||
      props.fetchPriority === 'low' ||
      context.scope & (NOSCRIPT_SCOPE | PICTURE_SCOPE) ||
      isData(src) ||
      isData(srcSet)
    ) {
      return
    }
    const high = props.fetchPriority === 'high'
    const sizes = typeof props.sizes === 'string' ? props.sizes : undefined
    const key = (srcSet ? `${srcSet as string}\n${sizes || ''}` : src) as string
    const promotable = this.promotableImages.get(key)
    if (promotable) {
      if (high || this.highImages.size < 10) {
        this.promotableImages.delete(key)
        this.highImages.add(promotable)
      }
      return
    }
    if (this.imageKeys.has(key)) return
    this.imageKeys.add(key)
    const crossOrigin = typeof props.crossOrigin === 'string' ? (props.crossOrigin === 'use-credentials' ? props.crossOrigin : '') : undefined
    const resource: Resource = {chunks: []}
    selfClosing(resource.chunks, 'link', {
      rel: 'preload',
      as: 'image',
      href: srcSet ? undefined : src,
      imageSrcSet: srcSet,
      imageSizes: sizes,
      crossOrigin,
      integrity: props.integrity,
      type: props.type,
      fetchPriority: props.fetchPriority,
      referrerPolicy: props.referrerPolicy,
    })
    if (high || this.highImages.size < 10) this.highImages.add(resource)
    else {
      this.bulkImages.add(resource)
      this.promotableImages.set(key, resource)
    }
  }

  /** The document in React's flush order (flushCompletedQueues). */
  flush(): string {
    const out: string[] = []
    const resources = (set: Iterable<Resource>) => {
      for (const resource of set) {
        out.push(...resource.chunks)
        resource.chunks.length = 0
      }
    }
    if (this.htmlStart !== null) out.push(this.htmlStart, this.headStart ?? '<head>')
    else if (this.headStart !== null) out.push(this.headStart)
    out.push(...this.charset, ...this.viewport)
    resources(this.highImages)
    for (const queue of this.styles.values()) {
      for (const sheet of queue.sheets.values()) selfClosing(out, 'link', sheet)
      if (queue.sheets.size === 0 || queue.hrefs.length) {
        out.push(`<style data-precedence="${queue.precedence}`)
        if (queue.hrefs.length) out.push(`" data-href="${queue.hrefs.join(' ')}`)
        out.push('">', ...queue.rules, '</style>')
      }
    }
    resources(this.scripts)
    resources(this.bulkImages)
    out.push(...this.hoistable)
    for (const chunks of this.headChildren) out.push(...chunks)
    if (this.htmlStart !== null || this.headStart !== null) out.push('</head>')
    if (this.bodyStart !== null) out.push(this.bodyStart)
    out.push(...this.root.chunks)
    if (this.hasBody) out.push('</body>')
    if (this.hasHtml) out.push('</html>')
    return out.join('')
  }
}

/**
 * Static HTML of a server component tree, identical to react-dom/server's renderToStaticMarkup of the same tree
 * (with async components awaited): no React runtime, no hydration markers, no `<!DOCTYPE html>`.
 */
export async function renderToStaticHtml(node: ReactNode): Promise<string> {
  const tree = await resolveNode(node)
  const writer = new Writer()
  writer.write(tree, writer.root, {mode: ROOT, selected: null, scope: 0})
  return writer.flush()
}
