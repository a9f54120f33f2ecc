// The Studio's choices for which text prevails (`siteSettings.prevailingLanguage`, `policy.prevailingLanguage`):
// the stored values are lib/content/prevailing.ts's, the titles are the Studio's language.
import {prevailingLanguages} from '../../lib/content/prevailing'
import type {PrevailingLanguage} from '../../lib/content/types'

const titles: Record<PrevailingLanguage, string> = {
  equal: 'Both texts have equal force',
  kk: 'The Kazakh text prevails',
  ru: 'The Russian text prevails',
}

export const prevailingLanguageList = prevailingLanguages.map((value) => ({value, title: titles[value]}))
