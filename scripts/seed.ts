// `npm run seed`: regenerates the demo dataset (sanity/seed/demo.ndjson) from the five seed policies with the
// importer, plus the site settings and a second, clearly labelled demo revision of `privacy`. Running it twice
// gives the same bytes: nothing here depends on the clock.
import {readFileSync} from 'node:fs'
import {fileURLToPath, pathToFileURL} from 'node:url'
import type {SanityDocument} from '@/lib/content/dataset'
import type {Localized} from '@/lib/content/types'
import {formatReport, importPolicy, toNdjson, writeFileAtomic, type ImportInput, type ImportReport} from './import'

export const DEMO_DATASET = fileURLToPath(new URL('../sanity/seed/demo.ndjson', import.meta.url))
const SOURCES = new URL('../sanity/seed/sources/', import.meta.url)

type Seed = {file: string; slug: string; order: number; effectiveFrom?: string; title?: Localized<string>}

// The sources state no effective date except 000 (found in its text); these are demo dates.
const SEEDS: Seed[] = [
  {file: '001_564ccfdecc8c3bde.txt', slug: 'privacy', order: 1, effectiveFrom: '2021-01-15'},
  {file: '000_4b66e283a28626ed.txt', slug: 'e-karlygash', order: 2},
  {file: '004_53eae54461e654f3.txt', slug: 'mobile-app', order: 3, effectiveFrom: '2023-03-01'},
  // No title line in these two; kk titles only, taken from their own wording (never a translation).
  {file: '003_24b9ab7a6d194b07.txt', slug: 'website', order: 4, effectiveFrom: '2022-06-01', title: {kk: 'Дербес деректердің құпиялылық саясаты'}},
  {file: '002_9b0efcd6cd6de7b2.txt', slug: 'getx', order: 5, effectiveFrom: '2024-09-01', title: {kk: 'getxkz.com сайтының құпиялылық саясаты'}},
]

const SITE_SETTINGS: SanityDocument = {
  _id: 'siteSettings',
  _type: 'siteSettings',
  title: {kk: 'Құпиялылық саясаттары', ru: 'Политики конфиденциальности'},
  organization: {kk: 'Демо ұйым', ru: 'Демо-организация'},
  contactEmail: 'privacy@example.org',
  contactPhone: '+7 700 000 00 00',
  address: {kk: 'Алматы қ., Демо көшесі, 1', ru: 'г. Алматы, ул. Демо, 1'},
  requireBothLanguages: false,
}

/** Version 2 of `privacy`: a longer notice period in 1.3 (both languages) and a new contact section 7. */
const DEMO_EDIT = {
  effectiveFrom: '2025-09-01',
  summary: {
    kk: 'Демо түзету (нақты өзгеріс емес): келісімді кері қайтарып алу туралы хабарлау мерзімі 10 күннен 30 күнге ұзартылды (1-бөлім), байланыс ақпараты бар 7-бөлім қосылды.',
    ru: 'Демо-правка (не реальное изменение): срок уведомления об отзыве согласия увеличен с 10 до 30 дней (раздел 1), добавлен раздел 7 с контактной информацией.',
  },
  replacements: [
    ['не менее чем за 10 (десяти) календарных дней', 'не менее чем за 30 (тридцати) календарных дней'],
    ['кемінде күнтізбелік 10 (он) күн бұрын', 'кемінде күнтізбелік 30 (отыз) күн бұрын'],
  ],
  appended: [
    '**7. Контактная информация**',
    '**7.1. Вопросы по настоящей Политике направляйте по адресу [privacy@example.org](mailto:privacy@example.org).**',
    '**7. Байланыс ақпараты**',
    '**7.1. Осы Саясат бойынша сұрақтарды [privacy@example.org](mailto:privacy@example.org) мекенжайына жіберіңіз.**',
  ],
}

export function buildDemoDataset(): {ndjson: string; reports: ImportReport[]} {
  const documents: SanityDocument[] = [SITE_SETTINGS]
  const reports: ImportReport[] = []
  for (const seed of SEEDS) {
    const input = readSeed(seed.file)
    const options = {slug: seed.slug, order: seed.order, effectiveFrom: seed.effectiveFrom, title: seed.title}
    const first = importPolicy([input], options)
    documents.push(...first.documents)
    reports.push(first.report)
    if (seed.slug !== 'privacy') continue
    const second = importPolicy([demoEdit(input)], {...options, version: 2, effectiveFrom: DEMO_EDIT.effectiveFrom, summary: DEMO_EDIT.summary})
    // Both imports produce the policy document; the second one's is identical, so only its revision is kept.
    documents.push(...second.documents.filter((document) => document._type === 'policyRevision'))
    reports.push(second.report)
  }
  return {ndjson: toNdjson(documents), reports}
}

function readSeed(file: string): ImportInput {
  const url = new URL(file, SOURCES)
  return {name: `sanity/seed/sources/${file}`, bytes: new Uint8Array(readFileSync(url))}
}

function demoEdit(input: ImportInput): ImportInput {
  let text = new TextDecoder().decode(input.bytes)
  for (const [from, to] of DEMO_EDIT.replacements) {
    if (text.split(from).length !== 2) throw new Error(`demo edit: "${from}" must occur exactly once in ${input.name}`)
    text = text.replace(from, to)
  }
  text = `${text.trimEnd()}\n\n${DEMO_EDIT.appended.join('\n\n')}\n`
  return {name: `${input.name} (demo edit)`, bytes: new TextEncoder().encode(text)}
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const {ndjson, reports} = buildDemoDataset()
  for (const report of reports) process.stderr.write(`${formatReport(report)}\n`)
  writeFileAtomic(DEMO_DATASET, ndjson)
  process.stderr.write(`wrote ${DEMO_DATASET}\n`)
}
