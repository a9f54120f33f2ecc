// How the report points at a paragraph: `file:line` for text, HTML and Markdown; `file (table 1, row 5)` or
// `file (paragraph 12)` for a Word file, which has no lines.

export type Located = {file: string; line: number; place?: string}

export function where(at: Located): string {
  return at.place ? `${at.file} (${at.place})` : `${at.file}:${at.line}`
}
