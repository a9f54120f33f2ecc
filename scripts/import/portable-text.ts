// Paragraph units → Portable Text with @portabletext/block-tools. Links keep only http(s), mailto and tel
// (the site renders nothing else); keys are derived from the section, the position and the text.
import {htmlToBlocks} from '@portabletext/block-tools'
import type {PortableTextBlock, PortableTextLinkDef, PortableTextSpan} from '@/lib/content/types'
import {reuseHtmlDocument} from './dom'
import {hashKey} from './keys'
import type {Para} from './types'
import {where} from './where'

// The policySection body's block type: what the Studio schema allows and the site renders.
const schema = {
  block: {name: 'block'},
  span: {name: 'span'},
  styles: [{name: 'normal', value: 'normal'}],
  lists: [{name: 'bullet', value: 'bullet'}, {name: 'number', value: 'number'}],
  decorators: [{name: 'strong', value: 'strong'}, {name: 'em', value: 'em'}],
  annotations: [{name: 'link', fields: [{name: 'href', type: 'string' as const}]}],
  blockObjects: [],
  inlineObjects: [],
} satisfies Parameters<typeof htmlToBlocks>[1]

const ALLOWED_HREF = /^(?:https?:\/\/|mailto:|tel:)/i

type Converted = {children?: PortableTextSpan[]; markDefs?: {_key: string; _type: string; href?: string}[]; _type: string}

export function toBlocks(paras: Para[], seed: string, warnings: string[]): PortableTextBlock[] {
  // One conversion per section side (block-tools' set-up per call dominates); a paragraph whose <p> did not
  // become exactly one block makes the side fall back to one conversion per paragraph.
  const html = paras.map(paragraphHtml)
  const batch = convert(html.join(''))
  const perPara = batch.length === paras.length ? batch.map((block) => [block]) : html.map(convert)
  const blocks: PortableTextBlock[] = []
  perPara.forEach((converted, i) => {
    for (const block of converted) {
      const finished = finish(block, paras[i], `${seed}:${blocks.length}`, warnings)
      if (finished) blocks.push(finished)
    }
  })
  return blocks
}

/** A heading inside a body (a sub-clause marked up as "### 1.1 …") stays visible as bold: styles are not allowed. */
function paragraphHtml(para: Para): string {
  return para.kind === 'heading' ? `<p><strong>${para.html}</strong></p>` : `<p>${para.html}</p>`
}

function convert(html: string): Converted[] {
  const blocks = htmlToBlocks(html, schema, {parseHtml: reuseHtmlDocument}) as Converted[]
  return blocks.filter((block) => block._type === 'block')
}

function finish(block: Converted, para: Para, seed: string, warnings: string[]): PortableTextBlock | undefined {
  const links = (block.markDefs ?? []).filter((def) => {
    if (def._type !== 'link') return false
    if (def.href && ALLOWED_HREF.test(def.href.trim())) return true
    warnings.push(`${where(para)}: link "${def.href ?? ''}" dropped (only http(s), mailto and tel links are kept)`)
    return false
  })
  const spans = unboldWholeParagraph(mergeSpans(block.children ?? [], new Set([...links.map((l) => l._key), 'strong', 'em'])), para)
  const text = spans.map((span) => span.text).join('')
  if (!text.trim()) return undefined
  const key = hashKey(seed, text)
  const linkKeys = new Map(links.map((link, i) => [link._key, hashKey(key, 'link', i, link.href!)]))
  const markDefs: PortableTextLinkDef[] = links.map((link) => ({_key: linkKeys.get(link._key)!, _type: 'link', href: link.href!.trim()}))
  const children: PortableTextSpan[] = spans.map((span, i) => ({
    _key: hashKey(key, 'span', i),
    _type: 'span',
    marks: (span.marks ?? []).map((mark) => linkKeys.get(mark) ?? mark),
    text: span.text,
  }))
  const list = para.kind === 'item' && para.list ? {listItem: para.list, level: para.level ?? 1} : {}
  return {_key: key, _type: 'block', style: 'normal', ...list, markDefs, children}
}

/**
 * A body paragraph set in bold from end to end that reads as a sentence (ends like one, or is long) (seed 001's Markdown chunks: `**4.2.1. …**`) is how a page
 * was formatted, not emphasis; kept, it would set whole clauses apart from their neighbours. Headings keep theirs.
 */
const WHOLE_BOLD_MIN_CHARS = 120
const SENTENCE_END = /[.;:!?…]["»”)]*$/

function unboldWholeParagraph(spans: PortableTextSpan[], para: Para): PortableTextSpan[] {
  if (para.kind === 'heading') return spans
  const text = spans.map((span) => span.text).join('')
  const allBold = spans.every((span) => !span.text.trim() || (span.marks ?? []).includes('strong'))
  const sentence = SENTENCE_END.test(text.trim()) || text.trim().length >= WHOLE_BOLD_MIN_CHARS
  if (!allBold || !sentence) return spans
  return spans.map((span) => ({...span, marks: (span.marks ?? []).filter((mark) => mark !== 'strong')}))
}

/** Drops marks that lost their link, joins neighbours with equal marks, trims the block's outer whitespace. */
function mergeSpans(spans: PortableTextSpan[], allowed: Set<string>): PortableTextSpan[] {
  const merged: PortableTextSpan[] = []
  for (const span of spans) {
    const marks = (span.marks ?? []).filter((mark) => allowed.has(mark))
    const last = merged[merged.length - 1]
    if (last && sameMarks(last.marks ?? [], marks)) last.text += span.text
    else merged.push({_type: 'span', text: span.text, marks})
  }
  if (merged.length) {
    merged[0].text = merged[0].text.trimStart()
    merged[merged.length - 1].text = merged[merged.length - 1].text.trimEnd()
  }
  return merged.filter((span, i) => span.text || merged.length === 1 || i === 0)
}

function sameMarks(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((mark) => b.includes(mark))
}
