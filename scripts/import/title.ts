// The policy's title per language: its first line when that line is a title ("## Құпиялылық саясаты",
// "ПОЛИТИКА КОНФИДЕНЦИАЛЬНОСТИ …" followed by the same words in normal case), or the words before the first
// sentence of the first paragraph ("Политика конфиденциальности Перед использованием Сайта, …").
import {locales, type Localized} from '@/lib/content/types'
import {parseClause} from './clauses'
import {collapse, fragment} from './dom'
import {isHeadingLike, isUpperCaseLine, looksLikeHeadingText, sentenceStart} from './headings'
import {inlineText, sliceInline} from './inline'
import type {Para} from './types'

// Not "положения"/"ережелер": "Общие положения" / "Жалпы ережелер" is the usual first heading, not a title.
const TITLE_WORDS = /саясат|политик|конфиденциал|құпиял|privacy|policy|соглашени|келісім|правил|қағида|terms/i

export function extractTitles(paras: Para[]): {title: Localized<string>; paras: Para[]} {
  const title: Localized<string> = {}
  const removed = new Set<Para>()
  for (const locale of locales) {
    const [first, second] = paras.filter((para) => para.lang === locale)
    if (!first || parseClause(first.text) || !TITLE_WORDS.test(first.text)) continue
    if (isHeadingLike(first) || (first.kind === 'para' && looksLikeHeadingText(first.text) && !first.text.endsWith('.'))) {
      removed.add(first)
      title[locale] = first.text
      if (second && !parseClause(second.text) && second.text.toLowerCase() === first.text.toLowerCase()) {
        removed.add(second)
        if (isUpperCaseLine(first.text)) title[locale] = second.text
      }
      if (isUpperCaseLine(title[locale]!)) title[locale] = sentenceCase(title[locale]!)
      continue
    }
    const prefix = titlePrefix(first)
    if (prefix) title[locale] = prefix
  }
  return {title, paras: paras.filter((para) => !removed.has(para))}
}

/** Cuts a leading title off the paragraph (in place) and returns it. */
function titlePrefix(para: Para): string | undefined {
  const element = fragment(para.html)
  const raw = inlineText(element)
  const start = sentenceStart(raw, 0, {maxWords: 6, capitalisedOnly: true})
  if (start === undefined) return undefined
  const prefix = collapse(raw.slice(0, start))
  if (prefix.split(' ').length < 2 || /[,.;:()«»"–—]/.test(prefix) || !TITLE_WORDS.test(prefix)) return undefined
  para.html = sliceInline(element, start, raw.length)
  para.text = collapse(raw.slice(start))
  return prefix
}

function sentenceCase(text: string): string {
  const lower = text.toLowerCase()
  return lower.charAt(0).toUpperCase() + lower.slice(1)
}
