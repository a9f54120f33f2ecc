// The Studio's own root layout: none of the site's fonts, styles or locale chrome.
import type {ReactNode} from 'react'

export default function StudioLayout({children}: {children: ReactNode}) {
  return (
    <html lang="en">
      <body style={{margin: 0}}>{children}</body>
    </html>
  )
}
