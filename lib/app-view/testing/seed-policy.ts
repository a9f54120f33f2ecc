// A one-revision policy in one language made from a seed source (real, long legal text), to measure the app view
// against the cost of its text. Numbered top-level lines ("1. …") start sections; other paragraphs are their body.
import {readFileSync} from 'node:fs'
import type {Locale, Policy, PortableTextBlock, Section} from '@/lib/content/types'
import {hashSections} from '@/lib/revisions/hash'

const block = (text: string): PortableTextBlock => ({_type: 'block', style: 'normal', markDefs: [], children: [{_type: 'span', text, marks: []}]})

export function seedPolicy(file: string, locale: Locale): Policy {
  const text = readFileSync(new URL(`../../../sanity/seed/sources/${file}`, import.meta.url), 'utf8')
  const paragraphs = text.split(/\n\s*\n/).map((p) => p.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim()).filter(Boolean)
  const sections: Section[] = []
  for (const paragraph of paragraphs) {
    const heading = /^\d{1,2}\.\s+\S/.test(paragraph) && paragraph.length < 120
    if (heading || !sections.length) {
      const n = sections.length + 1
      sections.push({key: `s${n}`, anchor: String(n), heading: heading ? {[locale]: paragraph} : {}, body: {[locale]: heading ? [] : [block(paragraph)]}})
    } else {
      sections.at(-1)!.body[locale]!.push(block(paragraph))
    }
  }
  const revision = {id: 'rev', policyId: 'p', version: 1, effectiveFrom: '2024-01-10', summary: {}, requiresConsent: false, sections, hash: hashSections(sections)}
  return {id: 'p', slug: 'seed', title: {[locale]: paragraphs[0]}, revisions: [revision]}
}
