// The framework floor's layout: an App Router page with nothing of the product's (no CSS, no fonts, no i18n).
import {readFloorText} from './text'

export const metadata = {title: readFloorText().title}

export default function Layout({children}: {children: React.ReactNode}) {
  return (
    <html lang={readFloorText().lang}>
      <body>{children}</body>
    </html>
  )
}
