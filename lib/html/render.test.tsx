import {Component, createContext, forwardRef, memo, StrictMode, Suspense, useState, type ReactNode} from 'react'
import {renderToStaticMarkup} from 'react-dom/server'
import {JSDOM} from 'jsdom'
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest'
import {escapeAttribute, escapeText, renderToStaticHtml} from '@/lib/html/render'
import {seededRandom as random} from '@/lib/testing/random'

// React's own server renderer is the reference: for every tree both can render, the markup must be identical.

// React's development build warns (console.error) about much of what the tables below do on purpose.
beforeAll(() => void vi.spyOn(console, 'error').mockImplementation(() => {}))
afterAll(() => vi.restoreAllMocks())

function Item({label, children}: {label: string; children?: ReactNode}) {
  return (
    <li data-label={label} className="item">
      {label}: {children}
    </li>
  )
}

const noop = () => {}
// Props and tags outside React's DOM types (React renders them all the same).
const extra = (props: Record<string, unknown>) => props as object
const loose = (tag: string) => tag as unknown as (props: Record<string, unknown>) => ReactNode
const MyElement = loose('my-element')
const Listing = loose('listing')
const MenuItem = loose('menuitem')
const Keygen = loose('keygen')
const Memo = memo(Item)
const Forward = forwardRef<HTMLDivElement, {t: string}>((p, ref) => <div ref={ref}>{p.t}</div>)
const quoted = `<script>alert("x") & 'y'</script> «ТОО "Ромашка"» «Қазақстан» — ‘ә’`

const trees: [string, ReactNode][] = [
  ['host elements, attributes and void elements', <p key="k" className="a" id="x" lang="ru">text<br />more<hr /></p>],
  ['fragments, arrays, numbers, and nothing for null/false/undefined', <>{[1, 'two', null, false, undefined, true, 0, <b key="b">3</b>]}</>],
  ['function components with children', <ul>{['a', 'b'].map((label) => <Item key={label} label={label}><em>{label.toUpperCase()}</em></Item>)}</ul>],
  ['memo and forwardRef components, StrictMode and Suspense (transparent)', <div><Memo label="m" /><Forward t="f" /><StrictMode><Suspense fallback={<i>wait</i>}><p>in</p></Suspense></StrictMode></div>],
  ['raw inner HTML', <div dangerouslySetInnerHTML={{__html: '<i>raw</i> & "as is"'}} />],
  ['text and attribute escaping', <a href={'/?a=1&b="2"'} title={`<'&'>`} data-x={quoted}>{quoted}</a>],
  ['text escaping in nested text and numbers', <p>{'a < b'} &amp; {`"c"`}{1}{2n as unknown as ReactNode}{`'d'`}</p>],
  // Styles
  ['style strings, trimmed and hyphenated', <span style={{textDecoration: ' underline ', display: 'none', backgroundColor: 'red'}}>s</span>],
  ['style numbers get px', <div style={{width: 10, height: 1.5, marginTop: -2, padding: 0, fontSize: 16, top: NaN, left: Infinity}} />],
  ['style unitless numbers', <div style={{lineHeight: 1.5, opacity: 0.5, zIndex: 2, flexGrow: 1, flexShrink: 0, order: 3, fontWeight: 700, aspectRatio: 1.5, columnCount: 2, WebkitLineClamp: 3, scale: 2, zoom: 1.1, strokeWidth: 2, gridRow: 1}} />],
  ['style vendor prefixes and custom properties', <div style={{WebkitTransform: 'none', msTransform: 'none', MozBoxFlex: 2, '--gap': 4, '--Name': ' a b ', '--zero': 0} as React.CSSProperties} />],
  ['style values skipped: null, undefined, booleans, empty strings; escaped values', <div style={{color: undefined, background: null as unknown as string, display: '', content: '"a" <b> & \'c\'', fontFamily: '"PT Serif", serif'}} />],
  ['empty style', <div style={{}} />],
  // Attribute names and values
  ['attribute names React maps', <form acceptCharset="utf-8"><label htmlFor="x" className="c">l</label><meta httpEquiv="refresh" content="5" itemProp="x" /></form>],
  ['attribute names React keeps camelCase', <a href="/ru" hrefLang="ru" tabIndex={-1} {...extra({crossOrigin: 'anonymous'})} referrerPolicy="no-referrer" accessKey="k">ru</a>],
  ['time, abbr, lists, tables', <div><time dateTime="2026-03-15">15 марта</time><ol start={0} reversed><li value={3}>x</li></ol><table cellPadding={2}><colgroup span={2} /><tbody><tr><td colSpan={2} rowSpan={0}>c</td></tr></tbody></table></div>],
  ['boolean attributes', <details open hidden={false}><summary>s</summary><input disabled readOnly required autoFocus multiple={false} /><button disabled={0 as unknown as boolean} formNoValidate>b</button><video controls loop muted playsInline autoPlay={false} /><script noModule defer /><div inert itemScope /></details>],
  ['booleanish strings', <div draggable spellCheck={false} contentEditable="true" suppressContentEditableWarning><span draggable={false} spellCheck contentEditable={false} /></div>],
  ['autoCapitalize and other plain attributes', <div {...{autoCapitalize: 'off', enterKeyHint: 'done', inputMode: 'numeric', translate: 'no', popover: 'auto', nonce: 'n'}}><span {...extra({autoCapitalize: true})} /></div>],
  ['aria-* and data-* booleans as strings, other booleans dropped', <div aria-hidden aria-expanded={false} data-x={false} data-y data-Z={true as unknown as string} title={true as unknown as string} lang={false as unknown as string} />],
  ['null, functions, symbols and event handlers dropped', <div id={null as unknown as string} onClick={noop} onMouseOver={noop} title={noop as unknown as string} lang={Symbol('s') as unknown as string} {...{onclick: 'x()', on: 'kept', one: 'dropped'}} />],
  ['objects stringified, invalid attribute names dropped', <div title={{} as unknown as string} {...{'a"b': 'x', 'a b': 'y', 'a>': 'z', 'x:y': 'w'}} />],
  ['URLs: javascript: blocked, empty src and href dropped (kept on <a>)', <div><a href="javascript:alert(1)">a</a><a href={' \tJaVa\nScRiPt:x'}>b</a><a href="">c</a><img src="" alt="" /><link rel="x" href="" /><iframe src="javascript:x" /><form action="javascript:y" /></div>],
  ['capture and download', <div><input capture /><input capture="user" /><a download>a</a><a download="f.pdf">b</a><a download={false as unknown as string}>c</a></div>],
  ['cols, rows, size, span only from 1', <div><textarea cols={0} rows={2} /><input size={-1} /><select size={3} /><colgroup span={'x' as unknown as number} /></div>],
  ['SVG attributes', <svg viewBox="0 0 10 10" xmlns="http://www.w3.org/2000/svg" xmlnsXlink="http://www.w3.org/1999/xlink"><path strokeWidth={2} fillRule="evenodd" strokeLinecap="round" d="M0 0" /><use xlinkHref="#a" /><text textAnchor="middle" fontSize={3} dominantBaseline="middle">t</text><linearGradient id="g"><stop offset="0" stopColor="red" /></linearGradient><foreignObject><p>html</p></foreignObject></svg>],
  ['custom elements keep names and booleans', <MyElement className="c" htmlFor="x" flag={true} off={false} obj={{a: 1}} style={{color: 'red'}} onClick={noop} {...{onfoo: 'kept'}}>x</MyElement>],
  // Special elements
  ['<title> with one string', <title>{`Политика «конфиденциальности» & "cookies"`}</title>],
  ['<title> with several children is empty', <title>Саясат {'— v2'}</title>],
  ['<title> with a one-element array, a number, an element', <div><title>{['one']}</title><title>{5}</title><title><b>x</b></title></div>],
  ['<style> text is not escaped, but </style> is broken', <style>{'a > b::before { content: "&<"; } </style><x>'}</style>],
  ['<style> with two children is empty', <style>{'a{}'}{'b{}'}</style>],
  ['<script> text', <script>{'if (a < b && c) document.write("</script>")'}</script>],
  ['<textarea> value, defaultValue and children, leading newline', <div><textarea value={'a<b'} readOnly /><textarea defaultValue={'\nline'} /><textarea>{'child & text'}</textarea><textarea defaultValue={5} /></div>],
  ['<select> and <option>: selected from the value', <select defaultValue="b" name="s"><option value="a">A</option><option value="b">B</option><option>c</option><optgroup label="g"><option>{'b'}</option></optgroup></select>],
  ['<select multiple> and option text from several children', <select multiple value={['a1', 'c']} onChange={noop}><option>a{1}{null}</option><option value="b">b</option><option>c</option></select>],
  ['<option selected> outside a select with a value', <select><option selected>s</option><option selected={false}>t</option></select>],
  ['<input> value, checked and defaults', <div><input type="checkbox" defaultChecked name="n" /><input defaultValue="d" /><input value="v" checked={false} onChange={noop} /><input value={0} readOnly /><input type="submit" formAction="/go" formMethod="post" formEncType="x" formTarget="_blank" name="go" /></div>],
  ['<button> and <form> attributes', <form action="/x" method="post" encType="multipart/form-data" target="_self" id="f"><button type="submit" name="b" value="1" formAction="/y">send</button></form>],
  ['<pre> and <listing> leading newline', <div><pre>{'\nx'}</pre><pre>{'\n'}{'x'}</pre><pre dangerouslySetInnerHTML={{__html: '\nraw'}} /><Listing>{'\nl'}</Listing></div>],
  ['<object data>', <object data="/file.pdf" type="application/pdf">fallback</object>],
  ['<menuitem>, <keygen>, <param> and other void elements', <div><MenuItem label="m" /><Keygen name="k" /><param name="p" value="v" /><wbr /><area /><base href="/" /><col /><embed src="/e" /><source src="/s" /><track src="/t" /></div>],
  ['<noscript> and <template>', <div><noscript><p>no js</p></noscript><template><p>t</p></template></div>],
  // Hoisting
  ['head elements in the body are hoisted to the start', <main><p>a<meta name="description" content="d" />b</p><title>T</title><link rel="canonical" href="/x" /><span>s</span></main>],
  ['charset and viewport first, then the rest in order', <div><meta name="a" content="1" /><meta name="viewport" content="width=device-width" /><meta charSet="utf-8" /><title>t</title></div>],
  ['in place: inside svg, noscript, or with itemProp; links without rel or href', <div><svg><title>icon</title></svg><noscript><link rel="stylesheet" href="/n.css" /><meta name="n" /></noscript><meta itemProp="name" content="x" /><link href="/no-rel" /><link rel="icon" /></div>],
  ['stylesheets with precedence: grouped, deduplicated; link rel=stylesheet without precedence in place', <div><link rel="stylesheet" href="/a.css" precedence="high" media="print" /><link rel="stylesheet" href="/b.css" precedence="low" /><style href="s1" precedence="low">{'x{}'}</style><link rel="stylesheet" href="/a.css" precedence="low" /><link rel="stylesheet" href="/c.css" /><link rel="stylesheet" href="/d.css" {...extra({precedence: 'p', disabled: true})} /></div>],
  ['async scripts hoisted and deduplicated', <div><script async src="/a.js" /><script async src="/a.js" /><script async src="/a.js" type="module" /><script src="/sync.js" /><script async src="/b.js" onLoad={noop} /></div>],
  ['image preloads', <div>{Array.from({length: 12}, (_, i) => <img key={i} src={`/${i}.png`} alt="" />)}<img src="/11.png" fetchPriority="high" /><img src="/lazy.png" loading="lazy" /><img src="data:image/png;base64,AA" /><img srcSet="/a.png 1x, /b.png 2x" sizes="50vw" crossOrigin="anonymous" /><picture><source srcSet="/p.webp" /><img src="/p.png" /></picture><img src="/low.png" fetchPriority="low" /></div>],
  ['Suspense around head elements', <Suspense fallback={<meta name="fallback" />}><meta name="content" /><p>c</p></Suspense>],
]

const document = (
  <html lang="kk" dir="ltr">
    <head>
      <meta charSet="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <meta name="description" content={`Саясат "A" & 'B'`} />
      <title>{'Деректерді сақтау саясаты — Политика хранения данных'}</title>
      <link rel="canonical" href="https://example.kz/kk/policy?v=2&x=1" />
      <link rel="alternate" hrefLang="ru" href="https://example.kz/ru/policy" />
      <link rel="alternate" hrefLang="x-default" href="https://example.kz/policy" />
      <style dangerouslySetInnerHTML={{__html: 'body{margin:0}a>b{color:red}'}} />
    </head>
    <body className="reader">
      <main>
        <h1 style={{marginBlock: 0, lineHeight: 1.2}}>Саясат</h1>
        <p>«Қазақстан» &amp; “Россия” — {`<'quoted'> "text"`}</p>
        <time dateTime="2026-03-15">15.03.2026</time>
      </main>
    </body>
  </html>
)

const documents: [string, ReactNode][] = [
  ['a complete document (no doctype; head in source order)', document],
  [
    'a document whose head is out of order (React reorders: charset, viewport, then hoisted, then the rest)',
    <html>
      <head>
        <style>{'a{}'}</style>
        <title>T</title>
        <link rel="canonical" href="/a" />
        <meta name="viewport" content="v" />
        <meta charSet="utf-8" />
        <noscript>{'ns'}</noscript>
        <link rel="stylesheet" href="/s.css" precedence="default" />
      </head>
      <body>
        <title>in body</title>
        <meta name="x" content="y" />
        <img src="/hero.jpg" alt="" />
        <p>x</p>
      </body>
    </html>,
  ],
  ['html without head, body without html, head and body attributes', <><html className="h"><body><p>x</p></body></html></>],
  ['body alone (text before it moves inside)', <>before<body id="b">b</body>after</>],
  ['head alone', <head><title>t</title>{'text'}</head>],
  ['head and body with inner HTML', <html><head dangerouslySetInnerHTML={{__html: '<meta name="raw">'}} /><body dangerouslySetInnerHTML={{__html: 'B'}} /></html>],
  ['html and body nested in elements are ordinary elements', <div><html><head><title>t</title></head><body>x</body></html></div>],
  ['a string child of an element in head is kept', <html><head><p>only string</p><div /></head></html>],
  [
    'what else a head may hold: base, a sync script, noscript, og: metas, icons, a precedence-less stylesheet',
    <html>
      <head>
        <base href="/" />
        <meta property="og:title" content="T" />
        <script src="/sync.js" />
        <noscript><link rel="stylesheet" href="/noscript.css" /></noscript>
        <link rel="icon" href="/favicon.ico" />
        <link rel="stylesheet" href="/plain.css" />
        <meta charSet="utf-8" />
      </head>
      <body><p>b</p></body>
    </html>,
  ],
  ['text after </html> goes before </body></html>', <><html><body><p>b</p></body></html>tail</>],
]

describe('renderToStaticHtml matches react-dom/server renderToStaticMarkup', () => {
  for (const [name, tree] of [...trees, ...documents]) {
    it(name, async () => {
      expect(await renderToStaticHtml(tree)).toBe(renderToStaticMarkup(tree))
    })
  }
})

// Seeded random trees, each compared with React's markup.
const LETTERS = 'abcXYZ əғқңөұүһі ӘҒҚҢӨҰҮҺІ абвгдеёжзийклмнопрстуфхцчшщъыьэюя ЖЩЯ <>&"\'\n\t0123456789«»—'
const TAGS = ['div', 'span', 'p', 'a', 'b', 'em', 'strong', 'section', 'article', 'h2', 'h3', 'ul', 'li', 'ol', 'blockquote', 'time', 'abbr', 'small', 'sup', 'nav', 'details', 'summary', 'label', 'figure', 'figcaption', 'table', 'tbody', 'tr', 'td']
const VOIDS = ['br', 'hr', 'img', 'wbr', 'input']
const HEADS = ['title', 'meta', 'link']

function generator(seed: number) {
  const next = random(seed)
  const int = (n: number) => Math.floor(next() * n)
  const pick = <T,>(list: readonly T[]): T => list[int(list.length)]
  const text = (max = 12) => Array.from({length: int(max)}, () => pick([...LETTERS])).join('')
  const styleValue = () => pick([int(40) - 5, next() * 3, 0, `${int(9)}px`, ' auto ', '', null, undefined, true, '"x" & <y>'])
  const style = () =>
    Object.fromEntries(
      Array.from({length: 1 + int(4)}, () => [pick(['width', 'marginTop', 'lineHeight', 'opacity', 'zIndex', 'flexGrow', 'order', 'fontSize', 'fontWeight', '--gap', '--Custom', 'WebkitLineClamp', 'msFlex', 'color', 'display']), styleValue()]),
    )
  const ATTRIBUTES: [string, () => unknown][] = [
    ['className', () => pick([text(6), '', 'a b'])],
    ['id', () => text(5)],
    ['lang', () => pick(['kk', 'ru', 'en', text(3)])],
    ['hrefLang', () => pick(['kk', 'ru', 'x-default'])],
    ['href', () => pick(['/kk/policy?a=1&b=2', `/x?q="${text(3)}"&r='1'`, '', 'javascript:alert(1)', 'https://example.kz/#a'])],
    ['style', style],
    ['aria-hidden', () => pick([true, false, 'true'])],
    ['aria-label', () => text(8)],
    ['data-id', () => pick([int(100), text(4), true, false])],
    ['data-flag', () => pick([true, false])],
    ['hidden', () => pick([true, false, '', 'hidden'])],
    ['open', () => pick([true, false])],
    ['disabled', () => pick([true, false, 0, 1])],
    ['draggable', () => pick([true, false, 'true'])],
    ['spellCheck', () => pick([true, false])],
    ['contentEditable', () => pick([true, false, 'plaintext-only'])],
    ['tabIndex', () => pick([0, -1, 3, '2', true])],
    ['dateTime', () => pick(['2026-03-15', '2026-03-15T10:00:00+05:00'])],
    ['rel', () => pick(['noopener', 'alternate', 'canonical', 'stylesheet', 'icon'])],
    ['type', () => pick(['text', 'button', 'checkbox', 'text/css'])],
    ['title', () => pick([text(10), '', 5, true, null])],
    ['onClick', () => noop],
    ['translate', () => pick(['no', 'yes'])],
    ['dir', () => pick(['ltr', 'rtl', 'auto'])],
  ]
  const props = () => {
    const result: Record<string, unknown> = {}
    for (let i = int(5); i > 0; i--) {
      const [name, value] = pick(ATTRIBUTES)
      result[name] = value()
    }
    return result
  }
  function Sync({children, tag}: {children?: ReactNode; tag: string}) {
    return tag === 'fragment' ? <>{children}</> : <section data-tag={tag}>{children}</section>
  }
  const MemoSync = memo(Sync)
  async function Async({children, ms}: {children?: ReactNode; ms: number}) {
    await new Promise((resolve) => setTimeout(resolve, ms))
    return <article>{children}</article>
  }
  const node = (depth: number): ReactNode => {
    const r = next()
    if (depth > 4 || r < 0.25) return pick([text(), text(3), int(1000), null, false, '', undefined])
    const children = () => Array.from({length: int(4)}, () => node(depth + 1))
    if (r < 0.32) return children()
    if (r < 0.38) return <>{children()}</>
    if (r < 0.45) return <Sync tag={pick(['fragment', 'x'])}>{children()}</Sync>
    if (r < 0.48) return <Async ms={int(3)}>{children()}</Async>
    if (r < 0.5) return <Suspense fallback={<p>fallback</p>}>{children()}</Suspense>
    if (r < 0.52) return <MemoSync tag="memo">{children()}</MemoSync>
    if (r < 0.56) {
      const tag = pick(VOIDS)
      const p = props()
      if (tag === 'img') p.src = pick(['/a.png', '/b.png', '', 'data:x', `/${text(2)}.png`])
      return <Void tag={tag} props={p} />
    }
    if (r < 0.59) {
      const tag = pick(HEADS)
      if (tag === 'title') return <title>{text()}</title>
      if (tag === 'meta') return <meta name={pick(['description', 'viewport', text(3)])} content={text()} />
      return <link rel={pick(['alternate', 'canonical', 'icon'])} hrefLang={pick(['kk', 'ru'])} href={`/${text(3)}`} />
    }
    const Tag = pick(TAGS) as 'div'
    const p = props()
    const kids = children()
    return <Tag {...p}>{kids.length === 1 && next() < 0.5 ? text() : kids}</Tag>
  }
  function Void({tag: Tag, props}: {tag: string; props: Record<string, unknown>}) {
    const T = Tag as 'br'
    return <T {...props} />
  }
  const page = (): ReactNode => {
    const head = [
      <meta key="c" charSet="utf-8" />,
      <meta key="v" name="viewport" content="width=device-width" />,
      <title key="t">{text()}</title>,
      <link key="l" rel="canonical" href={`/kk/${text(4)}?a=1&b=2`} />,
      <link key="a" rel="alternate" hrefLang="ru" href={`/ru/${text(4)}`} />,
      <style key="s" dangerouslySetInnerHTML={{__html: 'p>a{color:red}'}} />,
    ]
    // Shuffle the head: React puts charset and viewport first whatever the source order.
    for (let i = head.length - 1; i > 0; i--) {
      const j = int(i + 1)
      ;[head[i], head[j]] = [head[j], head[i]]
    }
    return (
      <html lang={pick(['kk', 'ru'])}>
        <head>{head}</head>
        <body>{node(0)}</body>
      </html>
    )
  }
  return {node, page}
}

/** The same tree with its async components awaited (react-dom/server renders only synchronous trees). */
async function settle(node: unknown): Promise<ReactNode> {
  const value = await node
  if (Array.isArray(value)) return Promise.all(value.map(settle))
  if (typeof value !== 'object' || value === null || !('type' in value)) return value as ReactNode
  const {type, props} = value as {type: unknown; props: Record<string, unknown>}
  if (typeof type === 'function' && type.constructor.name === 'AsyncFunction') {
    return settle((type as (p: unknown) => Promise<ReactNode>)(props))
  }
  if (props.children === undefined) return value as ReactNode
  return {...value, props: {...props, children: await settle(props.children)}} as ReactNode
}

describe('renderToStaticHtml on random trees matches react-dom/server', () => {
  it('300 random trees of elements, fragments, arrays, sync and async components', async () => {
    const {node} = generator(20260315)
    for (let i = 0; i < 300; i++) {
      const tree = <div>{node(0)}{node(0)}{node(0)}</div>
      const expected = renderToStaticMarkup(await settle(tree))
      const actual = await renderToStaticHtml(tree)
      if (actual !== expected) expect({i, actual}).toEqual({i, actual: expected})
    }
  })

  it('60 random complete documents with a shuffled head', async () => {
    const {page} = generator(42)
    for (let i = 0; i < 60; i++) {
      const tree = page()
      const expected = renderToStaticMarkup(await settle(tree))
      const actual = await renderToStaticHtml(tree)
      if (actual !== expected) expect({i, actual}).toEqual({i, actual: expected})
    }
  })
})

describe('renderToStaticHtml', () => {
  it('escapes like React, and the markup parses back to the same text and attributes', async () => {
    const html = await renderToStaticHtml(<a href={'/?a=1&b="2"'} title="<'&'>">{quoted}</a>)
    expect(html).toBe(
      `<a href="/?a=1&amp;b=&quot;2&quot;" title="&lt;&#x27;&amp;&#x27;&gt;">&lt;script&gt;alert(&quot;x&quot;) &amp; &#x27;y&#x27;&lt;/script&gt; «ТОО &quot;Ромашка&quot;» «Қазақстан» — ‘ә’</a>`,
    )
    const link = new JSDOM(html).window.document.querySelector('a')!
    expect(link.textContent).toBe(quoted)
    expect(link.getAttribute('href')).toBe('/?a=1&b="2"')
    expect(link.getAttribute('title')).toBe("<'&'>")
    expect(escapeText(`<"&'>`)).toBe('&lt;&quot;&amp;&#x27;&gt;')
    expect(escapeAttribute(`<"&'>`)).toBe('&lt;&quot;&amp;&#x27;&gt;')
  })

  it('writes attribute names as React does (hrefLang, charSet and dateTime as they are; http-equiv, for, class)', async () => {
    expect(await renderToStaticHtml(<a href="/ru" hrefLang="ru">ru</a>)).toBe('<a href="/ru" hrefLang="ru">ru</a>')
    expect(await renderToStaticHtml(<head><meta charSet="utf-8" /><meta httpEquiv="x" content="y" /></head>)).toBe(
      '<head><meta charSet="utf-8"/><meta http-equiv="x" content="y"/></head>',
    )
  })

  it('awaits async server components, in order', async () => {
    async function Slow({ms, text}: {ms: number; text: string}) {
      await new Promise((resolve) => setTimeout(resolve, ms))
      return <span>{text}</span>
    }
    const tree = <p><Slow ms={20} text="first" /><Slow ms={1} text="second" /></p>
    expect(await renderToStaticHtml(tree)).toBe('<p><span>first</span><span>second</span></p>')
    expect(await renderToStaticHtml(tree)).toBe(renderToStaticMarkup(await settle(tree)))
  })

  it('hoists head elements of async components in document order', async () => {
    async function Head({ms, name}: {ms: number; name: string}) {
      await new Promise((resolve) => setTimeout(resolve, ms))
      return <meta name={name} content={name} />
    }
    const tree = <html><head><Head ms={15} name="first" /><title>t</title><Head ms={1} name="second" /></head><body /></html>
    expect(await renderToStaticHtml(tree)).toBe(renderToStaticMarkup(await settle(tree)))
  })

  it('refuses what needs a React runtime instead of rendering it wrong', async () => {
    class Legacy extends Component {
      render() {
        return <p>class</p>
      }
    }
    const Context = createContext('x')
    function WithState() {
      const [value] = useState('s')
      return <p>{value}</p>
    }
    await expect(renderToStaticHtml(<Legacy />)).rejects.toThrow(/cannot render <Legacy>/)
    await expect(renderToStaticHtml(<Context value="y"><p /></Context>)).rejects.toThrow(/cannot render/)
    await expect(renderToStaticHtml(<WithState />)).rejects.toThrow()
    await expect(renderToStaticHtml(<form action={noop as unknown as string} />)).rejects.toThrow(/function action/)
  })

  it('refuses what React would silently lose: content of elements in <head>, singletons inside Suspense', async () => {
    // React gives `<html><head><p></p></head></html>` here: the paragraph's children vanish.
    await expect(renderToStaticHtml(<html><head><p>a<b>b</b></p></head></html>)).rejects.toThrow(/drops the content of <p> inside <head>/)
    await expect(renderToStaticHtml(<Suspense><html><head /></html></Suspense>)).rejects.toThrow(/inside <Suspense>/)
  })

  it('throws where React throws', async () => {
    await expect(renderToStaticHtml(<><head /><head /></>)).rejects.toThrow(/may only be rendered once/)
    await expect(renderToStaticHtml(<br>x</br>)).rejects.toThrow(/self-closing/)
    await expect(renderToStaticHtml(<div dangerouslySetInnerHTML={{__html: 'x'}}>y</div>)).rejects.toThrow(/only set one/)
    await expect(renderToStaticHtml(<div style={'color:red' as unknown as React.CSSProperties} />)).rejects.toThrow(/style/)
  })

  it('rejects tag names that could break out of the markup', async () => {
    const Tag = 'p onload=x' as 'p'
    await expect(renderToStaticHtml(<Tag />)).rejects.toThrow(/invalid tag name/)
  })
})
