import type {ComponentProps, ReactNode} from 'react'
import {renderToStaticHtml} from '@/lib/html/render'

type Props = {as?: 'main' | 'div'; children: ReactNode} & Omit<ComponentProps<'div'>, 'children' | 'dangerouslySetInnerHTML'>

/**
 * Server components rendered once to HTML that the browser shows as is and React never hydrates. Nothing on a
 * reader's page is interactive (links are plain anchors), so hydrating thousands of paragraphs would only cost a
 * phone its main thread and double the page's payload (docs/benchmarks.md). The HTML comes from the same
 * components, escaped by lib/html/render.ts; the children must be host elements and function components.
 */
export async function StaticHtml({as: Tag = 'div', children, ...props}: Props) {
  return <Tag {...props} dangerouslySetInnerHTML={{__html: await renderToStaticHtml(children)}} />
}
