import {createContext, forwardRef, memo, useState} from 'react'
import {renderToStaticMarkup} from 'react-dom/server'
import {JSDOM} from 'jsdom'
import {describe, expect, it} from 'vitest'
import {renderToStaticHtml} from '@/lib/html/render'

function Item({label, children}: {label: string; children?: React.ReactNode}) {
  return (
    <li data-label={label} className="item">
      {label}: {children}
    </li>
  )
}

// React's own server renderer is the reference: for what both can render, the markup must be identical (except
// for quotes in text, which React escapes and HTML does not need to: tested on their own below).
const trees: [string, React.ReactElement][] = [
  ['host elements, attributes and void elements', <p key="k" className="a" id="x" lang="ru">text<br />more<hr /></p>],
  ['fragments, arrays, numbers, and nothing for null/false/undefined', <>{[1, 'two', null, false, undefined, <b key="b">3</b>]}</>],
  ['function components with children', <ul>{['a', 'b'].map((label) => <Item key={label} label={label}><em>{label.toUpperCase()}</em></Item>)}</ul>],
  ['style objects', <span style={{textDecoration: 'underline', display: 'none'}}>s</span>],
  ['boolean and aria attributes', <details open hidden={false} aria-hidden={true} data-x={false}><summary>s</summary></details>],
  ['memo and forwardRef components', <div>{(() => { const M = memo(Item); const F = forwardRef<HTMLDivElement, {t: string}>((p, ref) => <div ref={ref}>{p.t}</div>); return <><M label="m" /><F t="f" /></> })()}</div>],
  ['raw inner HTML', <div dangerouslySetInnerHTML={{__html: '<i>raw</i>'}} />],
]

describe('renderToStaticHtml', () => {
  for (const [name, tree] of trees) {
    it(`matches react-dom/server: ${name}`, async () => {
      expect(await renderToStaticHtml(tree)).toBe(renderToStaticMarkup(tree))
    })
  }

  it('escapes what HTML needs escaped, and parses back to the same text and attributes', async () => {
    const text = `<script>alert("x") & 'y'</script> «ТОО "Ромашка"»`
    const html = await renderToStaticHtml(<a href={'/?a=1&b="2"'} title="<'&'>">{text}</a>)
    expect(html).toBe(`<a href="/?a=1&amp;b=&quot;2&quot;" title="&lt;'&amp;'&gt;">&lt;script&gt;alert("x") &amp; 'y'&lt;/script&gt; «ТОО "Ромашка"»</a>`)
    const link = new JSDOM(html).window.document.querySelector('a')!
    expect(link.textContent).toBe(text)
    expect(link.getAttribute('href')).toBe('/?a=1&b="2"')
    expect(link.getAttribute('title')).toBe("<'&'>")
  })

  it('writes attribute names in lower case (React keeps hrefLang; HTML does not care)', async () => {
    expect(await renderToStaticHtml(<a href="/ru" hrefLang="ru">ru</a>)).toBe('<a href="/ru" hreflang="ru">ru</a>')
  })

  it('awaits async server components, in order', async () => {
    async function Slow({ms, text}: {ms: number; text: string}) {
      await new Promise((resolve) => setTimeout(resolve, ms))
      return <span>{text}</span>
    }
    expect(await renderToStaticHtml(<p><Slow ms={20} text="first" /><Slow ms={1} text="second" /></p>)).toBe(
      '<p><span>first</span><span>second</span></p>',
    )
  })

  it('refuses what needs a React runtime instead of rendering it wrong', async () => {
    class Legacy extends (await import('react')).Component {
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
  })

  it('rejects tag names that could break out of the markup', async () => {
    const Tag = 'p onload=x' as 'p'
    await expect(renderToStaticHtml(<Tag />)).rejects.toThrow(/invalid tag name/)
  })
})
