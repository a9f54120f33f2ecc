// Finds the source line of a paragraph, for error messages and the report. Sources are HTML or Markdown, so
// lines are compared by their letters and digits only.

export type Locator = (text: string) => number

const normalize = (text: string) => text.replace(/<[^>]*>/g, '').replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase()

/** Searches forward from the last match, so repeated text resolves to successive lines. */
export function makeLocator(lines: string[], firstLine: number): Locator {
  const normalized = lines.map(normalize)
  let cursor = 0
  return (text) => {
    const probe = normalize(text).slice(0, 24)
    if (probe) {
      const found = normalized.findIndex((line, i) => i >= cursor && line.includes(probe))
      if (found >= 0) cursor = found
    }
    return firstLine + cursor
  }
}
