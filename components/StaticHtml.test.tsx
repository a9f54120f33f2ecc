import {renderToStaticMarkup} from 'react-dom/server'
import {describe, expect, it} from 'vitest'
import {StaticHtml} from './StaticHtml'

async function Paragraph({text}: {text: string}) {
  return <p className="x">{text}</p>
}

describe('StaticHtml', () => {
  it('renders its children once, as HTML the page shows and React does not hydrate', async () => {
    const element = await StaticHtml({as: 'main', id: 'main', className: 'mx-auto', children: <Paragraph text="Бірінші" />})
    expect(element.type).toBe('main')
    expect(element.props).toMatchObject({id: 'main', className: 'mx-auto', dangerouslySetInnerHTML: {__html: '<p class="x">Бірінші</p>'}})
    expect(renderToStaticMarkup(element)).toBe('<main id="main" class="mx-auto"><p class="x">Бірінші</p></main>')
  })

  it('escapes text, so content never becomes markup', async () => {
    const element = await StaticHtml({children: <Paragraph text={'<script>alert(1)</script> & "x"'} />})
    expect(renderToStaticMarkup(element)).toBe('<div><p class="x">&lt;script&gt;alert(1)&lt;/script&gt; &amp; "x"</p></div>')
  })
})
