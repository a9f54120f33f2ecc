// The importer's report on stderr: one line per section, then what needs a human look.
import type {ImportReport} from './types'

export function formatReport(report: ImportReport): string {
  const files = report.files.map((file) => `${file.name} (${file.encoding})`).join(', ')
  const width = Math.max(8, ...report.sections.map((section) => section.anchor.length))
  const lines = [
    `${files} → policy-${report.slug} v${report.version}, effective ${report.effectiveFrom} (${report.effectiveSource}), languages: ${report.languages.join('+') || 'none'}`,
    `title: ${Object.entries(report.title).map(([locale, title]) => `${locale} "${title}"`).join(', ')}`,
    `${pad('section', width)} ${pad('kk chars', 9)} ${pad('ru chars', 9)} status`,
    ...report.sections.map((s) => `${pad(s.anchor, width)} ${pad(String(s.chars.kk), 9)} ${pad(String(s.chars.ru), 9)} ${s.status}`),
  ]
  if (report.dropped.length) {
    lines.push(`dropped (${report.dropped.length}):`)
    for (const d of report.dropped) lines.push(`  ${d.file}:${d.line}: ${d.reason}: "${shorten(d.text)}"`)
  }
  if (report.warnings.length) {
    lines.push(`warnings (${report.warnings.length}):`)
    for (const warning of report.warnings) lines.push(`  ${warning}`)
  }
  return lines.join('\n') + '\n'
}

function pad(text: string, width: number): string {
  return text.padEnd(width)
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text
}
