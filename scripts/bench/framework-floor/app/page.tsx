// The policy page's visible text as plain paragraphs, prerendered like the product's pages.
import {readFloorText} from './text'

export const dynamic = 'force-static'

export default function Page() {
  const lines = readFloorText()
    .text.split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
  return (
    <main>
      {lines.map((line, index) => (
        <p key={index}>{line}</p>
      ))}
    </main>
  )
}
