// A synthetic dataset in the content model (README: Content model), deterministic for a seed, for the scale benchmark.
// Each policy gets `revisions` revisions; each revision copies the previous one's sections (same `_key`s) and edits a
// few words, now and then adding, removing or moving a section, as editors do. npx tsx scripts/bench/generate-
// dataset.ts --policies 50 --revisions 20 --sections 30 --seed 1 --out file.ndjson
import {mkdirSync, writeFileSync} from 'node:fs'
import {dirname} from 'node:path'
import {parseArgs} from 'node:util'
import type {SanityDocument} from '@/lib/content/dataset'
import {createText, type Block, type TextMaker} from './synthetic-text'

export type DatasetShape = {
  policies: number
  revisions: number
  /** Sections of version 1; later versions drift by a few. */
  sections: number
  /** Body words per section and language, on average. */
  words: number
  seed: number
}

export const defaultShape: DatasetShape = {policies: 50, revisions: 20, sections: 30, words: 80, seed: 1}

type Localized<T> = {kk: T; ru: T}
type SectionDoc = {_key: string; _type: 'policySection'; anchor: string; heading: Localized<string>; body: Localized<Block[]>}

const DAY = 86_400_000
const FIRST_DAY = Date.parse('2005-01-01T00:00:00Z')
const LAST_DAY = Date.parse('2025-01-01T00:00:00Z')

const pad = (n: number, width: number) => String(n).padStart(width, '0')

/** Past dates only, so which revision is current does not depend on the day the bench runs. */
function effectiveDates(revisions: number, offset: number): string[] {
  const stride = Math.max(1, Math.floor((LAST_DAY - FIRST_DAY) / DAY / (revisions + 1)))
  return Array.from({length: revisions}, (_, i) => new Date(FIRST_DAY + ((i + 1) * stride + (offset % stride)) * DAY).toISOString().slice(0, 10))
}

export function generateDataset(shape: DatasetShape = defaultShape): SanityDocument[] {
  const text = createText(shape.seed)
  const width = Math.max(2, String(shape.policies).length)
  const docs: SanityDocument[] = [siteSettings()]
  for (let p = 1; p <= shape.policies; p++) docs.push(...policyDocuments(`p${pad(p, width)}`, p, shape, text))
  return docs
}

function siteSettings(): SanityDocument {
  return {
    _id: 'siteSettings',
    _type: 'siteSettings',
    title: {kk: 'Синтетикалық саясаттар', ru: 'Синтетические политики'},
    organization: {kk: 'Сынақ ұйымы', ru: 'Тестовая организация'},
    contactEmail: 'privacy@example.org',
    address: {kk: 'Алматы қ., Сынақ көшесі, 1', ru: 'г. Алматы, ул. Тестовая, 1'},
    requireBothLanguages: false,
  }
}

function policyDocuments(name: string, order: number, shape: DatasetShape, text: TextMaker): SanityDocument[] {
  const policyId = `policy-${name}`
  let serial = 0
  const newSection = (): SectionDoc => {
    serial += 1
    return makeSection(`${name}s${serial}`, `s${serial}`, shape.words, text)
  }
  let sections = Array.from({length: shape.sections}, newSection)
  const dates = effectiveDates(shape.revisions, order * 7)
  const docs: SanityDocument[] = [
    {
      _id: policyId,
      _type: 'policy',
      title: {kk: `${text.title('kk')} саясаты ${order}`, ru: `Политика: ${text.title('ru')} ${order}`},
      slug: {_type: 'slug', current: name},
      order,
      ...(order % 5 === 0 ? {owner: {name: {kk: `Өнім ${order}`, ru: `Продукт ${order}`}, email: `owner${order}@example.org`}} : {}),
    },
  ]
  for (let version = 1; version <= shape.revisions; version++) {
    if (version > 1) sections = revise(sections, shape.sections, newSection, text)
    docs.push({
      _id: `policyRevision-${name}-v${version}`,
      _type: 'policyRevision',
      policy: {_type: 'reference', _ref: policyId},
      version,
      effectiveFrom: dates[version - 1],
      requiresConsent: version > 1 && text.chance(0.15),
      ...(version > 1 ? {summary: {kk: text.sentence('kk', 12), ru: text.sentence('ru', 12)}} : {}),
      sections: sections.map((section, i) => ({...section, heading: numbered(section.heading, i + 1)})),
    })
  }
  return docs
}

const numbered = (heading: Localized<string>, n: number): Localized<string> => ({kk: `${n}. ${heading.kk}`, ru: `${n}. ${heading.ru}`})

function makeSection(key: string, anchor: string, words: number, text: TextMaker): SectionDoc {
  const paragraphs = 2 + text.int(3)
  const body = (locale: 'kk' | 'ru') =>
    Array.from({length: paragraphs}, (_, i) => text.block(locale, Math.max(4, Math.round(words / paragraphs)), i === paragraphs - 1 && text.chance(0.3)))
  return {_key: key, _type: 'policySection', anchor, heading: {kk: text.title('kk', 3), ru: text.title('ru', 3)}, body: {kk: body('kk'), ru: body('ru')}}
}

/** The next revision: a few sections reworded, sometimes one added, removed or moved; keys stay put. */
function revise(previous: SectionDoc[], target: number, newSection: () => SectionDoc, text: TextMaker): SectionDoc[] {
  const sections = [...previous]
  const edits = 1 + text.int(3)
  for (let i = 0; i < edits; i++) {
    const at = text.int(sections.length)
    sections[at] = {...sections[at], body: {kk: text.reword(sections[at].body.kk, 'kk'), ru: text.reword(sections[at].body.ru, 'ru')}}
  }
  const roll = text.int(10)
  if (roll === 0 || sections.length < target - 2) sections.splice(text.int(sections.length + 1), 0, newSection())
  else if (roll === 1 && sections.length > target / 2) sections.splice(text.int(sections.length), 1)
  else if (roll === 2 && sections.length > 2) sections.splice(text.int(sections.length), 0, ...sections.splice(text.int(sections.length), 1))
  return sections
}

export function toNdjson(docs: SanityDocument[]): string {
  return docs.map((doc) => JSON.stringify(doc)).join('\n') + '\n'
}

export function writeDataset(path: string, shape: DatasetShape): {documents: number; bytes: number} {
  const ndjson = toNdjson(generateDataset(shape))
  mkdirSync(dirname(path), {recursive: true})
  writeFileSync(path, ndjson)
  return {documents: ndjson.split('\n').length - 1, bytes: Buffer.byteLength(ndjson)}
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const {values} = parseArgs({
    options: {
      policies: {type: 'string'},
      revisions: {type: 'string'},
      sections: {type: 'string'},
      words: {type: 'string'},
      seed: {type: 'string'},
      out: {type: 'string', default: '.cache/bench/synthetic.ndjson'},
    },
  })
  const number = (value: string | undefined, fallback: number) => (value === undefined ? fallback : Number(value))
  const shape: DatasetShape = {
    policies: number(values.policies, defaultShape.policies),
    revisions: number(values.revisions, defaultShape.revisions),
    sections: number(values.sections, defaultShape.sections),
    words: number(values.words, defaultShape.words),
    seed: number(values.seed, defaultShape.seed),
  }
  const written = writeDataset(values.out, shape)
  console.log(`${values.out}: ${written.documents} documents, ${(written.bytes / 1e6).toFixed(1)} MB (${JSON.stringify(shape)})`)
}
