// Shared by the importer's tests: read a seed, import text given inline, flatten blocks to text.
import {readFileSync} from 'node:fs'
import type {PortableTextBlock} from '@/lib/content/types'
import type {SectionDocument} from './documents'
import {importPolicy} from './index'
import type {ImportOptions} from './types'

export const SEED_DIR = new URL('../../sanity/seed/sources/', import.meta.url)

export const SEEDS = {
  eKarlygash: '000_4b66e283a28626ed.txt',
  privacy: '001_564ccfdecc8c3bde.txt',
  getx: '002_9b0efcd6cd6de7b2.txt',
  website: '003_24b9ab7a6d194b07.txt',
  mobileApp: '004_53eae54461e654f3.txt',
}

export function seedInput(file: string) {
  return {name: file, bytes: new Uint8Array(readFileSync(new URL(file, SEED_DIR)))}
}

export function importSeed(file: string, options: Partial<ImportOptions> = {}) {
  return importPolicy([seedInput(file)], {slug: 'test', effectiveFrom: '2024-01-01', ...options})
}

export function importText(text: string, options: Partial<ImportOptions> = {}, name = 'inline.txt') {
  return importPolicy([{name, bytes: new TextEncoder().encode(text)}], {slug: 'test', effectiveFrom: '2024-01-01', ...options})
}

export function sectionsOf(result: ReturnType<typeof importPolicy>): SectionDocument[] {
  const revision = result.documents.find((document) => document._type === 'policyRevision')!
  return revision.sections as SectionDocument[]
}

export function blockText(block: PortableTextBlock): string {
  return block.children.map((span) => span.text).join('')
}

export function bodyTexts(section: SectionDocument, locale: 'kk' | 'ru'): string[] {
  return (section.body[locale] ?? []).map(blockText)
}
