import type {Locale} from '@/lib/content/types'
import {appViewCss} from '@/lib/app-view/styles'

type Props = {locale: Locale; title: string; withNotice?: boolean; children: React.ReactNode}

/** The whole HTML document: one language, inline styles, no script, nothing loaded from anywhere. */
export function AppDocument({locale, title, withNotice, children}: Props) {
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover" />
        <title>{title}</title>
        <style dangerouslySetInnerHTML={{__html: appViewCss({withNotice})}} />
      </head>
      <body>{children}</body>
    </html>
  )
}
