// Benchmark (not a test) of the compare page's work: two synthetic 20,000-words-per-language revisions,
// ~40 sections, a few percent of words edited, one section moved, one added, one removed.
// Run: npx tsx scripts/bench/compare.ts [runs]
import type {CompareLabels} from '@/components/compare/labels'
import type {Locale, PortableTextBlock, Revision, Section} from '@/lib/content/types'
import {compareRevisions} from '@/lib/revisions/compare'
import {seededRandom as random} from '@/lib/testing/random'

// React as a deployed page runs it: its development build is several times slower. Imported after setting this.
;(process.env as Record<string, string | undefined>).NODE_ENV ??= 'production'
const {createElement} = await import('react')
const {renderToStaticMarkup} = await import('react-dom/server')
const {CompareRows} = await import('@/components/compare/CompareRows')

const WORDS_PER_LANGUAGE = 20_000
const SECTIONS = 40
const EDIT_RATE = 0.03
const runs = Number(process.argv[2] ?? 15)

// Stems × endings, as Kazakh and Russian inflect: a few thousand distinct words, like a real policy.
const stems: Record<Locale, string[]> = {
  kk: 'дерек өңде жина сақта пайдалан қызмет көрсет құпия ақпарат келісім оператор тұлға мақсат қорға құқық сұра заң сайт қосымша файл мерзім жағдай талап хабарла өзгерт жою беру тарап шарт есеп'.split(' '),
  ru: 'данн обработк сбор хранени пользовател услуг оказани конфиденциальност политик информаци согласи оператор лиц цел защит прав запрос закон сайт приложени файл срок случа требовани уведомлени изменени удалени передач сторон договор отчет'.split(' '),
}
const endings: Record<Locale, string[]> = {
  kk: ['', 'ы', 'ді', 'дің', 'ға', 'да', 'дан', 'мен', 'лар', 'ларды', 'ларға', 'ның', 'у', 'уге', 'шы', 'шылар'],
  ru: ['а', 'ы', 'е', 'у', 'ой', 'ами', 'ах', 'ов', 'ям', 'ии', 'ия', 'ию', 'ем', 'ом', 'и', 'ей'],
}
const functionWords: Record<Locale, string[]> = {
  kk: 'және мен осы бұл үшін бойынша сәйкес немесе да де ол біз сіз'.split(' '),
  ru: 'и в на по с для или не что это его их при от к о'.split(' '),
}
const word = (locale: Locale) =>
  rand() < 0.3 ? pick(functionWords[locale]) : pick(stems[locale]) + pick(endings[locale])

// Deterministic, so every run and every machine benchmarks the same text.
const rand = random(42)
const pick = <T>(items: T[]) => items[Math.floor(rand() * items.length)]

function sentence(locale: Locale, words: number): string[] {
  return Array.from({length: words}, (_, i) => (i > 0 && rand() < 0.08 ? `${word(locale)},` : word(locale)))
}

const block = (words: string[], listItem?: 'bullet' | 'number'): PortableTextBlock => ({
  _type: 'block',
  style: 'normal',
  ...(listItem ? {listItem, level: 1} : {}),
  children: [{_type: 'span', text: `${words.join(' ')}.`}],
})

/** Paragraphs as word arrays, per section and language: the editable source of both revisions. */
function makeSource(): Record<Locale, string[][]>[] {
  const perSection = WORDS_PER_LANGUAGE / SECTIONS
  return Array.from({length: SECTIONS}, (_, s) => {
    const paragraphs = (locale: Locale) =>
      Array.from({length: 8}, (_, p) => [`${s + 1}.${p + 1}.`, ...sentence(locale, perSection / 8 - 1)])
    return {kk: paragraphs('kk'), ru: paragraphs('ru')}
  })
}

function toSection(index: number, texts: Record<Locale, string[][]>, key = `s${index}`): Section {
  const body = (locale: Locale) => texts[locale].map((words, p) => block(words, p % 4 === 3 ? 'bullet' : undefined))
  return {
    key,
    anchor: `${index + 1}`,
    heading: {kk: `${index + 1}. ${sentence('kk', 4).join(' ')}`, ru: `${index + 1}. ${sentence('ru', 4).join(' ')}`},
    body: {kk: body('kk'), ru: body('ru')},
  }
}

/** A few percent of words replaced, inserted or deleted, in both languages. */
function edit(texts: Record<Locale, string[][]>): Record<Locale, string[][]> {
  const change = (locale: Locale) =>
    texts[locale].map((words) =>
      words.flatMap((token, i) => {
        if (i === 0 || rand() >= EDIT_RATE) return [token]
        const roll = rand()
        return roll < 0.6 ? [word(locale)] : roll < 0.8 ? [token, word(locale)] : []
      }),
    )
  return {kk: change('kk'), ru: change('ru')}
}

const revision = (version: number, sections: Section[]): Revision => ({
  id: `bench-${version}`,
  policyId: 'bench',
  version,
  effectiveFrom: `202${version}-01-01`,
  summary: {},
  requiresConsent: false,
  sections,
  hash: {all: '', kk: '', ru: ''},
})

const source = makeSource()
const fromSections = source.map((texts, i) => toSection(i, texts))
const toSections = source.map((texts, i) => ({...toSection(i, edit(texts)), heading: fromSections[i].heading}))
toSections.splice(5, 0, toSections.splice(30, 1)[0]) // one section moved up
toSections.splice(20, 0, toSection(SECTIONS, makeSource()[0], 'added')) // one section added
toSections.splice(35, 1) // one section removed
const from = revision(1, fromSections)
const to = revision(2, toSections)
const rewritten = revision(3, makeSource().map((texts, i) => toSection(i, texts))) // same keys, every word new
const copy = revision(4, structuredClone(fromSections)) // equal text in other objects, as a second fetch gives

const labels: CompareLabels = {
  inserted: 'inserted:',
  deleted: 'deleted:',
  added: 'Added',
  removed: 'Removed',
  moved: 'Moved',
  changed: 'Changed',
  preamble: 'Preamble',
  unchanged: 'Unchanged',
  missingInFrom: 'Not in the older version',
  missingInTo: 'Not in this version',
}

/** Median wall-clock and CPU milliseconds of `task` over `runs` runs, after one warm-up run. */
function measure(task: () => unknown): string {
  task()
  const wall: number[] = []
  const cpu: number[] = []
  for (let i = 0; i < runs; i++) {
    const [start, usage] = [performance.now(), process.cpuUsage()]
    task()
    const used = process.cpuUsage(usage)
    wall.push(performance.now() - start)
    cpu.push((used.user + used.system) / 1000)
  }
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)].toFixed(1)
  return `${median(wall).padStart(8)} ms wall ${median(cpu).padStart(8)} ms cpu`
}

const countWords = (revision: Revision) =>
  revision.sections
    .flatMap((section) => [...(section.body.kk ?? []), ...(section.body.ru ?? [])])
    .reduce((total, block) => total + block.children[0].text.split(/\s+/).length, 0)

const render = (rows: ReturnType<typeof compareRevisions>['rows']) =>
  renderToStaticMarkup(createElement(CompareRows, {rows, locale: 'kk', otherLocale: 'ru', labels}))

const result = compareRevisions(from, to)
const html = render(result.rows)
const count = (pattern: RegExp) => (html.match(pattern) ?? []).length
console.log(`revisions: ${countWords(from)} and ${countWords(to)} body words (kk + ru), ${from.sections.length} → ${to.sections.length} sections`)
console.log(`stats: ${JSON.stringify(result.stats)}`)
console.log(`markup: ${(html.length / 1024).toFixed(0)} KiB, ${count(/<ins /g)} <ins>, ${count(/<del /g)} <del>`)
console.log(`median of ${runs} runs (after a warm-up run):`)
console.log(`  compareRevisions, ~3% of words edited  ${measure(() => compareRevisions(from, to))}`)
console.log(`  renderToStaticMarkup of those rows     ${measure(() => render(result.rows))}`)
console.log(`  compareRevisions, identical text       ${measure(() => compareRevisions(from, copy))}`)
console.log(`  compareRevisions, every word rewritten ${measure(() => compareRevisions(from, rewritten))}`)
