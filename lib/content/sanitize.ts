// Turns untrusted Portable Text and strings into the shapes the pages render. Whatever an editor pastes, the
// output holds plain text, known styles, strong/em and links whose scheme is http(s), mailto or tel.
import type {PortableTextBlock, PortableTextLinkDef, PortableTextSpan} from './types'
import {isSafeHref} from './links'
import {isDecorator, isRenderedStyle, MAX_LIST_LEVEL} from './portable-text-rules'
import {reportProblem} from './report'

// Bidi overrides/isolates and zero-width characters can disguise text; none belongs in a legal text.
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g

export function cleanText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const text = value.replace(INVISIBLE, '')
  return text.trim() ? text : undefined
}

export function cleanLocalizedText(value: unknown, documentId: string, field: string): {kk?: string; ru?: string} {
  if (value == null) return {}
  if (typeof value !== 'object' || Array.isArray(value)) {
    reportProblem({documentId, field, message: 'expected an object {kk, ru}; ignored'})
    return {}
  }
  const pair = value as Record<string, unknown>
  for (const locale of ['kk', 'ru'] as const) {
    if (pair[locale] != null && typeof pair[locale] !== 'string') reportProblem({documentId, field: `${field}.${locale}`, message: 'expected a string; ignored'})
  }
  return {kk: cleanText(pair.kk), ru: cleanText(pair.ru)}
}

type Where = {documentId: string; field: string}

export function cleanBlocks(value: unknown, where: Where): PortableTextBlock[] | undefined {
  if (value == null) return undefined
  if (!Array.isArray(value)) {
    reportProblem({...where, message: 'expected an array of Portable Text blocks; ignored'})
    return undefined
  }
  const blocks: PortableTextBlock[] = []
  let deepest = 0
  value.forEach((raw, index) => {
    const at = {...where, field: `${where.field}[${index}]`}
    if (typeof raw !== 'object' || raw === null || (raw as {_type?: unknown})._type !== 'block') {
      const type = raw === null ? 'null' : typeof raw === 'object' ? String((raw as {_type?: unknown})._type) : typeof raw
      reportProblem({...at, message: `unknown block type "${type}"; not rendered`})
      return
    }
    const level = (raw as {level?: unknown}).level
    if (typeof level === 'number' && Number.isFinite(level)) deepest = Math.max(deepest, Math.floor(level))
    const block = cleanBlock(raw as Record<string, unknown>, at)
    if (block) blocks.push(block)
  })
  // One report for the whole list: a deep list repeats the problem on every item.
  if (deepest > MAX_LIST_LEVEL) reportProblem({...where, message: `lists nested ${deepest} levels deep; shown at most ${MAX_LIST_LEVEL} deep`})
  return blocks.length ? blocks : undefined
}

function cleanBlock(raw: Record<string, unknown>, where: Where): PortableTextBlock | undefined {
  const markDefs: PortableTextLinkDef[] = []
  // Marks of links dropped here are reported with their link, not again as unknown marks.
  const droppedLinks = new Set<unknown>()
  for (const def of Array.isArray(raw.markDefs) ? raw.markDefs : []) {
    if (typeof def !== 'object' || def === null) continue
    const {_type, _key, href} = def as Record<string, unknown>
    if (_type !== 'link' || typeof _key !== 'string') continue
    if (isSafeHref(href)) markDefs.push({_type: 'link', _key, href: href.trim()})
    else {
      droppedLinks.add(_key)
      // JSON quoting: an href holding a line break must not print a line of its own in the build log.
      reportProblem({...where, field: `${where.field}.markDefs`, message: `link ${JSON.stringify(String(href).slice(0, 80))} is not http(s), mailto or tel; kept as plain text`})
    }
  }
  if (!Array.isArray(raw.children)) {
    reportProblem({...where, field: `${where.field}.children`, message: 'expected an array of spans; block not rendered'})
    return undefined
  }
  const linkKeys = new Set(markDefs.map((def) => def._key))
  const unknownMarks = new Set<string>()
  const children: PortableTextSpan[] = []
  for (const child of raw.children) {
    if (typeof child !== 'object' || child === null) continue
    const text = typeof (child as {text?: unknown}).text === 'string' ? (child as {text: string}).text.replace(INVISIBLE, '') : ''
    if (!text) continue
    const marks = Array.isArray((child as {marks?: unknown}).marks) ? (child as {marks: unknown[]}).marks : []
    const known = (m: unknown): m is string => typeof m === 'string' && (isDecorator(m) || linkKeys.has(m))
    for (const mark of marks) if (!known(mark) && !droppedLinks.has(mark)) unknownMarks.add(String(mark))
    children.push({_type: 'span', text, marks: marks.filter(known)})
  }
  if (unknownMarks.size) {
    const names = [...unknownMarks].map((mark) => JSON.stringify(mark.slice(0, 40))).join(', ')
    reportProblem({...where, field: `${where.field}.marks`, message: `${names} not supported; text shown without them`})
  }
  if (!children.length) return undefined
  const listItem = raw.listItem === 'bullet' || raw.listItem === 'number' ? raw.listItem : undefined
  const level = typeof raw.level === 'number' && Number.isFinite(raw.level) ? Math.min(Math.max(1, Math.floor(raw.level)), MAX_LIST_LEVEL) : 1
  return {
    _type: 'block',
    _key: typeof raw._key === 'string' ? raw._key : undefined,
    style: isRenderedStyle(raw.style) ? raw.style : 'normal',
    ...(listItem ? {listItem, level} : {}),
    children,
    markDefs,
  }
}
