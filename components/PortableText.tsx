import {PortableText as Renderer, type PortableTextComponents} from '@portabletext/react'
import type {PortableTextBlock} from '@/lib/content/types'
import {isSafeHref} from '@/lib/content/links'

// Blocks reach here already sanitized (lib/content/sanitize.ts); the renderer checks links again so that no
// caller can bypass the rule, and renders nothing for types it does not know.
const components: PortableTextComponents = {
  block: {
    normal: ({children}) => <p>{children}</p>,
    h3: ({children}) => <h4 className="mt-4 font-semibold">{children}</h4>,
    h4: ({children}) => <h5 className="mt-3 font-semibold">{children}</h5>,
    blockquote: ({children}) => <blockquote className="border-s-2 border-line ps-3 italic">{children}</blockquote>,
  },
  marks: {
    strong: ({children}) => <strong>{children}</strong>,
    em: ({children}) => <em>{children}</em>,
    link: ({value, children}) => {
      const href = (value as {href?: unknown} | undefined)?.href
      if (!isSafeHref(href)) return <>{children}</>
      const external = /^https?:/i.test(href)
      return (
        <a href={href} rel={external ? 'noopener noreferrer nofollow' : undefined}>
          {children}
        </a>
      )
    },
  },
  unknownType: () => null,
  unknownMark: ({children}) => <>{children}</>,
}

function warnMissing(message: string, options: {type: string; nodeType: string}) {
  console.warn(`[portable-text] ${options.nodeType} "${options.type}" is not supported; not rendered`)
}

export function PortableText({value}: {value: PortableTextBlock[]}) {
  return <Renderer value={value} components={components} onMissingComponent={warnMissing} />
}
