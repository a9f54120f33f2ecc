// Cutting a clause paragraph where its parts begin: the heading from the first sentence, the number from a
// numbered list item. Inline formatting of the kept part survives.
import {parseClause} from './clauses'
import {collapse, fragment} from './dom'
import {sentenceStart} from './headings'
import {inlineText, sliceInline} from './inline'
import type {Para} from './types'

/** "2. Терминдер" alone is a heading; "1. Жалпы ережелер Осы саясат …" is a heading and a sentence. */
export function splitHeading(para: Para, isHeading: boolean, splits: boolean): {heading?: string; body?: Para} {
  if (isHeading) return {heading: para.text}
  const {element, raw, restStart} = afterNumber(para)
  const start = splits ? sentenceStart(raw, restStart) : undefined
  if (start === undefined || collapse(raw.slice(restStart, start)).split(' ').length < 2) return {body: para}
  const body = {...para, kind: 'para' as const, html: sliceInline(element, start, raw.length), text: collapse(raw.slice(start))}
  return {heading: collapse(raw.slice(0, start)), body}
}

/** "1. имя пользователя;" → a numbered list item "имя пользователя;" (the list numbers itself). */
export function numberedItem(para: Para): Para {
  const {element, raw, restStart} = afterNumber(para)
  return {...para, kind: 'item', list: 'number', level: 1, html: sliceInline(element, restStart, raw.length), text: collapse(raw.slice(restStart))}
}

function afterNumber(para: Para) {
  const element = fragment(para.html)
  const raw = inlineText(element)
  const lead = raw.length - raw.trimStart().length
  return {element, raw, restStart: lead + (parseClause(raw.trimStart())?.restOffset ?? 0)}
}
