// docs/benchmarks.md: the machine, every goal in one table (misses spelled out), then each section.
import {metMark, table, type SectionReport} from './markdown'

export type ReportInput = {
  command: string
  machine: string
  sections: SectionReport[]
  notes: string[]
  totalMs: number
}

export function renderReport({command, machine, sections, notes, totalMs}: ReportInput): string {
  const goals = sections.flatMap((s) => s.goals.map((g) => ({section: s.title, ...g})))
  const missed = goals.filter((g) => g.met === false)
  const unmeasured = goals.filter((g) => g.met === undefined)
  const broken = sections.filter((s) => s.error)
  const verdict = [
    missed.length
      ? `**${missed.length} of ${goals.length} goals missed:**\n\n${missed.map((g) => `- ${g.section}, ${g.what}: measured ${g.measured}, goal ${g.goal}.`).join('\n')}`
      : `All ${goals.length - unmeasured.length} measured goals met.`,
    ...(unmeasured.length ? [`Not measured in this run: ${unmeasured.map((g) => `${g.section}, ${g.what}`).join('; ')}.`] : []),
    ...(broken.length ? [`**The bench itself failed in:** ${broken.map((s) => `${s.title} (${s.error})`).join('; ')}.`] : []),
  ]
  return [
    '# Benchmarks',
    '',
    `Written by \`${command}\` in ${(totalMs / 60_000).toFixed(1)} min. A benchmark, not a test: a missed goal is reported here, it fails nothing.`,
    'Numbers from one machine at one time; other work running on it at the same time shows up in them.',
    'Run it again with `npm run bench` (full) or `npm run bench -- --quick`; `npm run bench -- --help` lists the flags',
    '(sizes, durations, runs, which sections). The code is in `scripts/bench/`, one file per section.',
    '',
    '## Machine',
    '',
    machine,
    '',
    '## Goals',
    '',
    table(['section', 'measure', 'goal', 'measured', 'met?'], goals.map((g) => [g.section, g.what, g.goal, g.measured, metMark(g.met)])),
    '',
    ...verdict.flatMap((line) => [line, '']),
    ...sections.flatMap((s, i) => [`## ${i + 1}. ${s.title}`, '', ...(s.error ? [`**The bench broke here:** ${s.error}`, ''] : []), s.body, '', ...(s.goals.length ? [table(['measure', 'goal', 'measured', 'met?'], s.goals.map((g) => [g.what, g.goal, g.measured, metMark(g.met)])), ''] : [])]),
    ...(notes.length ? ['## Notes', '', ...notes.map((n) => `- ${n}`), ''] : []),
  ].join('\n')
}
