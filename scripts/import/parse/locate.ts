// Finds the source line of a paragraph, for error messages and the report. Sources are HTML or Markdown, so
// lines are compared by their letters and digits only: tags and comments are skipped, character references
// ("&#1179;" for қ, as Word writes Kazakh letters into windows-1251 HTML) read as their letters, and a
// paragraph may run over several lines (HTML editors wrap their source).

export type Locator = (text: string) => number

const normalize = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase()

/** Searches forward from the last match, so repeated text resolves to successive lines. */
export function makeLocator(lines: string[], firstLine: number): Locator {
  const {text, lineOf} = letters(lines)
  // Where each line's letters start in `text`.
  const starts: number[] = []
  for (let i = lineOf.length - 1; i >= 0; i--) starts[lineOf[i]] = i
  const startOf = (line: number) => {
    for (let l = line; l < lines.length; l++) if (starts[l] !== undefined) return starts[l]
    return -1
  }
  let cursor = 0
  return (paragraph) => {
    const probe = normalize(paragraph).slice(0, 24)
    if (probe) {
      const from = startOf(cursor)
      const found = from < 0 ? -1 : text.indexOf(probe, from)
      if (found >= 0) cursor = lineOf[found]
    }
    return firstLine + cursor
  }
}

/** The letters and digits of the source, lower-cased, with the line each came from. */
function letters(lines: string[]): {text: string; lineOf: number[]} {
  const source = lines.join('\n')
  let text = ''
  const lineOf: number[] = []
  let line = 0
  const push = (char: string) => {
    const normalized = normalize(char)
    for (let k = 0; k < normalized.length; k++) lineOf.push(line)
    text += normalized
  }
  for (let i = 0; i < source.length; i++) {
    const char = source[i]
    if (char === '\n') {
      line++
      continue
    }
    if (char === '<' && /[a-z/!?]/i.test(source[i + 1] ?? '')) {
      const end = source.startsWith('<!--', i) ? source.indexOf('-->', i + 4) : source.indexOf('>', i + 1)
      if (end >= 0) {
        for (let j = i; j < end; j++) if (source[j] === '\n') line++
        i = source.startsWith('<!--', i) ? end + 2 : end
        continue
      }
    }
    if (char === '&') {
      const reference = /^&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|[a-z][a-z0-9]{1,31});/i.exec(source.slice(i, i + 40))
      if (reference) {
        const code = reference[1] ? Number(reference[1]) : reference[2] ? parseInt(reference[2], 16) : undefined
        if (code !== undefined && code <= 0x10ffff) push(String.fromCodePoint(code))
        i += reference[0].length - 1
        continue
      }
    }
    push(char)
  }
  return {text, lineOf}
}
