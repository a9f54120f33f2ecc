// Content hashes shown to readers and served to apps. The serialization is a contract with app developers:
// changing it changes every hash, so it is versioned (`v1`) and documented in the README.
import {createHash} from 'node:crypto'
import type {ContentHash, Locale, PortableTextBlock, Section} from '@/lib/content/types'

type CanonicalBlock = {style: string; list: string | null; level: number; spans: [string, string[]][]}

/** Keys and editor metadata are left out: two revisions with the same text have the same hash. */
function canonicalBlocks(blocks: PortableTextBlock[] | undefined): CanonicalBlock[] {
  return (blocks ?? []).map((block) => {
    const links = new Map((block.markDefs ?? []).map((def) => [def._key, `link:${def.href}`]))
    return {
      style: block.style ?? 'normal',
      list: block.listItem ?? null,
      level: block.listItem ? (block.level ?? 1) : 0,
      spans: (block.children ?? []).map((span) => [
        span.text ?? '',
        (span.marks ?? []).map((mark) => links.get(mark) ?? mark).sort(),
      ]),
    }
  })
}

function canonicalSections(sections: Section[], locales: readonly Locale[]): string {
  const value = sections.map((section) => [
    section.anchor,
    locales.map((locale) => [locale, section.heading[locale] ?? null, canonicalBlocks(section.body[locale])]),
  ])
  return JSON.stringify(['v1', value])
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}

export function hashSections(sections: Section[]): ContentHash {
  return {
    all: sha256(canonicalSections(sections, ['kk', 'ru'])),
    kk: sha256(canonicalSections(sections, ['kk'])),
    ru: sha256(canonicalSections(sections, ['ru'])),
  }
}
