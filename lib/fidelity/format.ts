// Plain-text report lines, shared by scripts/check-content.ts and the importer so both print findings alike.
import type {Finding} from './types'

export type ReportTotals = {revisions?: number; sections?: number}

/** One finding on one line: `[kind] §anchor message`. */
export function formatFinding(finding: Finding): string {
  return `[${finding.kind}] §${finding.section} ${finding.message}`
}

/**
 * Findings grouped by policy, then revision (first-seen order), sections in the order given, then a summary line.
 * Sections missing the same language in one revision share a line: a policy published in one language only would
 * otherwise bury its few real drifts under one line per section.
 */
export function formatReport(findings: readonly Finding[], totals: ReportTotals = {}): string[] {
  const policies = new Map<string, Map<string, Finding[]>>()
  for (const finding of findings) {
    const policy = finding.policySlug ?? finding.policyId ?? '(no policy)'
    const revisions = policies.get(policy) ?? policies.set(policy, new Map()).get(policy)!
    const list = revisions.get(finding.revisionId) ?? revisions.set(finding.revisionId, []).get(finding.revisionId)!
    list.push(finding)
  }
  const lines: string[] = []
  for (const [policy, revisions] of policies) {
    lines.push(`policy ${policy}`)
    for (const [revisionId, list] of revisions) {
      const version = list[0].version === undefined ? '' : `v${list[0].version} `
      lines.push(`  revision ${version}(${revisionId})`)
      lines.push(...missingLines(list).map((line) => `    ${line}`))
      for (const finding of list) if (finding.kind !== 'missingLanguage') lines.push(`    ${formatFinding(finding)}`)
    }
  }
  lines.push(formatSummary(findings, totals))
  return lines
}

function missingLines(findings: readonly Finding[]): string[] {
  const groups = new Map<string, Finding[]>()
  for (const f of findings) {
    if (f.kind !== 'missingLanguage' || !f.missing) continue
    const key = `${f.missing.locale} ${f.missing.part === 'section' ? 'text' : f.missing.part}`
    groups.set(key, [...(groups.get(key) ?? []), f])
  }
  return [...groups].map(([what, list]) =>
    list.length === 1
      ? formatFinding(list[0])
      : `[missingLanguage] ${what} missing in ${list.length} sections: ${list.map((f) => `§${f.section}`).join(', ')}`,
  )
}

export function formatSummary(findings: readonly Finding[], totals: ReportTotals = {}): string {
  const missing = findings.filter((f) => f.kind === 'missingLanguage').length
  const drifts = findings.length - missing
  const sections = new Set(findings.filter((f) => f.kind !== 'missingLanguage').map((f) => `${f.revisionId}\u0000${f.sectionKey}`)).size
  const checked =
    totals.revisions === undefined ? '' : ` (checked ${plural(totals.sections ?? 0, 'section')} in ${plural(totals.revisions, 'revision')})`
  const driftText = drifts === 0 ? 'no difference between kk and ru' : `${plural(drifts, 'difference')} between kk and ru in ${plural(sections, 'section')}`
  const missingText = missing === 0 ? '' : `; ${missing} missing ${missing === 1 ? 'translation' : 'translations'}`
  return `Fidelity: ${driftText}${missingText}${checked}`
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
