// Scraped policies often end with the rest of the web page: "Статьи:", article titles, truncated excerpts
// ending in "…", "Далее" links. Such a tail is cut when it holds at least two of these signals (one of them an
// excerpt or a navigation word) and no clause.
import {parseClause} from './clauses'
import type {Dropped, Para} from './types'

const NAVIGATION = /^(?:тег|теги|метки|tags?|далее|подробнее|читать далее|читать полностью|толығырақ|ары қарай|read more|continue reading|мақалалар|статьи|новости|жаңалықтар|похожие|ұқсас|related|share|поделиться|бөлісу|комментарии|пікірлер|предыдущая|следующая|previous|next)(?=[\s:«"»,.!]|$)/i
const TRUNCATED = /(?:\.\.\.|…)\s*$/
const SHORT = 200

export function trimTrailingTeasers(paras: Para[]): {paras: Para[]; dropped: Dropped[]} {
  const counts = new Map<string, number>()
  for (const para of paras) counts.set(para.text, (counts.get(para.text) ?? 0) + 1)
  // A repeated short line alone proves nothing (a bilingual text repeats "Email: …"); an excerpt cut with "…"
  // or a navigation word does.
  const isStrong = (para: Para) => TRUNCATED.test(para.text) || NAVIGATION.test(para.text)
  const isSignal = (para: Para) => isStrong(para) || (para.text.length <= 40 && counts.get(para.text)! > 1)

  let start = paras.length
  let signals = 0
  let strong = 0
  for (let i = paras.length - 1; i >= 0; i--) {
    const para = paras[i]
    if (parseClause(para.text) || !(isSignal(para) || para.text.length <= SHORT)) break
    start = i
    if (isSignal(para)) signals++
    if (isStrong(para)) strong++
  }
  if (signals < 2 || strong < 1 || start === 0) return {paras, dropped: []}
  // Short policy lines may precede the tail: it begins at a label ("Мақалалар:"), a signal, or the title of a
  // teaser (the line before an excerpt).
  while (start < paras.length) {
    const para = paras[start]
    const next = paras[start + 1]
    if (isSignal(para) || (para.text.endsWith(':') && para.text.length <= 60) || (next && TRUNCATED.test(next.text))) break
    start++
  }
  if (start === paras.length) return {paras, dropped: []}
  const dropped = paras.slice(start).map((para) => ({
    file: para.file,
    line: para.line,
    text: para.text,
    reason: 'trailing page content after the policy (links, teasers)',
  }))
  return {paras: paras.slice(0, start), dropped}
}
