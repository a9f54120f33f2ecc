// Markdown pieces of the report: tables, goal rows, number formats.

export type Goal = {
  /** What is measured, e.g. "app view JS bytes". */
  what: string
  goal: string
  measured: string
  /** undefined: not measured (the section failed or was skipped). */
  met: boolean | undefined
}

export type SectionReport = {
  title: string
  /** Markdown body: tables and notes. */
  body: string
  goals: Goal[]
  /** Set when the bench itself broke in this section (not when a goal is missed). */
  error?: string
}

const cell = (value: string | number) => String(value).replace(/\|/g, '\\|').replace(/\n/g, ' ')

export function table(header: string[], rows: (string | number)[][], align: ('l' | 'r')[] = []): string {
  const rule = header.map((_, i) => (align[i] === 'r' ? '---:' : '---'))
  return [header, rule, ...rows].map((row) => `| ${row.map(cell).join(' | ')} |`).join('\n')
}

export const metMark = (met: boolean | undefined) => (met === undefined ? 'not measured' : met ? 'yes' : '**NO**')

export function goalTable(goals: Goal[]): string {
  return table(['measure', 'goal', 'measured', 'met?'], goals.map((g) => [g.what, g.goal, g.measured, metMark(g.met)]))
}

export function bytes(value: number): string {
  if (value < 1024) return `${value} B`
  if (value < 1024 * 1024) return `${(value / 1024).toFixed(1)} KiB`
  return `${(value / 1024 / 1024).toFixed(1)} MiB`
}

export const ms = (value: number) => (value < 1000 ? `${Math.round(value)} ms` : `${(value / 1000).toFixed(2)} s`)
export const seconds = (valueMs: number) => `${(valueMs / 1000).toFixed(1)} s`
export const ratio = (value: number) => `${value.toFixed(2)}×`

export function median(values: number[]): number {
  if (!values.length) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
