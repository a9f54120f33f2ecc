// The importer's report on stderr: what was read, the effective date and the line it came from, one line per
// section, one line per clause (which languages have it and where each was found), then what needs a look.
import type {ImportReport} from './types'

export function formatReport(report: ImportReport): string {
  const files = report.files.map((file) => `${file.name} (${file.encoding})`).join(', ')
  const short = shortener(report)
  const width = Math.max(8, ...report.sections.map((section) => section.anchor.length))
  const effectiveLine = report.effectiveLine ? `: "${shorten(report.effectiveLine)}"` : ''
  const lines = [
    `${files} → policy-${report.slug} v${report.version}, languages: ${report.languages.join('+') || 'none'}`,
    `effective ${report.effectiveFrom} (${report.effectiveSource.replace(/^text, (.*)$/, (_, place: string) => `text, ${short(place)}`)}${effectiveLine})`,
    `title: ${Object.entries(report.title).map(([locale, title]) => `${locale} "${title}"`).join(', ')}`,
    `${pad('section', width)} ${pad('kk chars', 9)} ${pad('ru chars', 9)} status`,
    ...report.sections.map((s) => `${pad(s.anchor, width)} ${pad(String(s.chars.kk), 9)} ${pad(String(s.chars.ru), 9)} ${s.status}`),
  ]
  if (report.clauses.length) {
    const count = (test: (from: ImportReport['clauses'][number]['from']) => boolean) => report.clauses.filter((clause) => test(clause.from)).length
    const both = count((from) => Boolean(from.kk && from.ru))
    lines.push(`clauses: ${report.clauses.length}, in both languages ${both}, kk only ${count((from) => Boolean(from.kk && !from.ru))}, ru only ${count((from) => Boolean(from.ru && !from.kk))}`)
    const numberWidth = Math.max(6, ...report.clauses.map((clause) => clause.number.length))
    const placeWidth = Math.max(8, ...report.clauses.map((clause) => short(clause.from.kk ?? '—').length))
    lines.push(`  ${pad('clause', numberWidth)} ${pad('section', width)} ${pad('kk', placeWidth)} ru`)
    for (const clause of report.clauses) {
      const [kk, ru] = [clause.from.kk ? short(clause.from.kk) : '—', clause.from.ru ? short(clause.from.ru) : '—']
      const status = !clause.from.kk ? '  ru only' : !clause.from.ru ? '  kk only' : clause.note ? `  ${clause.note}` : ''
      lines.push(`  ${pad(clause.number, numberWidth)} ${pad(clause.section, width)} ${pad(kk, placeWidth)} ${ru}${status}`)
    }
  }
  if (report.dropped.length) {
    lines.push(`dropped (${report.dropped.length}):`)
    for (const d of report.dropped) lines.push(`  ${d.place ? `${d.file} (${d.place})` : `${d.file}:${d.line}`}: ${d.reason}: "${shorten(d.text)}"`)
  }
  if (report.warnings.length) {
    lines.push(`warnings (${report.warnings.length}):`)
    for (const warning of report.warnings) lines.push(`  ${warning}`)
  }
  return lines.join('\n') + '\n'
}

/** With one file, places go without its name: "line 12", "table 1, row 5". */
function shortener(report: ImportReport): (place: string) => string {
  if (report.files.length !== 1) return (place) => place
  const name = report.files[0].name
  return (place) => {
    if (place.startsWith(`${name}:`)) return place.replace(`${name}:`, 'line ')
    if (place.startsWith(`${name} (`)) return place.slice(name.length + 2, -1)
    return place.replace(`, ${name}:`, ', line ').replace(`, ${name} (`, ', (')
  }
}

function pad(text: string, width: number): string {
  return text.padEnd(width)
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text
}
