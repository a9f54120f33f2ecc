// Kazakh and Russian share the Cyrillic alphabet; these nine letters occur in Kazakh and not in Russian.
import type {Locale} from '@/lib/content/types'

const KAZAKH = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/g
const CYRILLIC = /[\u0400-\u04FF]/g
/** Below this many Cyrillic letters, a text without Kazakh letters may still be Kazakh ("Сайтты пайдалануды талдау"). */
const SHORT = 80

// For short texts without Kazakh letters: function words, plus plural "-лар/-лер" for Kazakh and common
// inflections for Russian. Kazakh case endings ("-ды", "-ты") are left out: "контакты", "работы" have them too.
const KAZAKH_WORDS = new Set(['мен', 'бен', 'пен', 'туралы', 'бойынша', 'немесе', 'осы', 'арқылы', 'жеке', 'де', 'та', 'те'])
const KAZAKH_PLURAL = /л[ае]р/
const RUSSIAN_WORDS = new Set(['и', 'в', 'во', 'на', 'с', 'со', 'по', 'для', 'не', 'что', 'от', 'из', 'о', 'об', 'к', 'при', 'или', 'а', 'но', 'как', 'это', 'их', 'у', 'за', 'до', 'без', 'также'])
const RUSSIAN_ENDING = /(?:ого|его|ому|ему|ыми|ими|ая|яя|ое|ее|ие|ые|ий|ый|ть|ться|ия|ии|ов|ей|ям|ях)$|[щъэё]/

/**
 * The language of one unit of text. Strict mode answers `undefined` for short Cyrillic text without Kazakh
 * letters, so that it can take its neighbours' language instead.
 */
export function detectLanguage(text: string, strict = true): Locale | undefined {
  const cyrillic = text.match(CYRILLIC)?.length ?? 0
  if (cyrillic === 0) return undefined
  const kazakh = text.match(KAZAKH)?.length ?? 0
  // A ratio for long texts, not "any": a Russian clause may quote a Kazakh name without becoming Kazakh.
  if (kazakh / cyrillic >= 0.015 || (kazakh > 0 && cyrillic < 60)) return 'kk'
  if (cyrillic >= SHORT) return 'ru'
  return guessShort(text) ?? (strict ? undefined : 'ru')
}

function guessShort(text: string): Locale | undefined {
  let score = 0
  for (const word of text.toLowerCase().match(/[\u0400-\u04FF]+/g) ?? []) {
    if (KAZAKH_WORDS.has(word) || KAZAKH_PLURAL.test(word)) score++
    if (RUSSIAN_WORDS.has(word) || RUSSIAN_ENDING.test(word)) score--
  }
  return score > 0 ? 'kk' : score < 0 ? 'ru' : undefined
}

/**
 * Sets `lang` on every unit: its own language when it is clear, else the previous unit's, else the next
 * one's; a file made only of short units falls back to the letters alone. Units without any Cyrillic in a
 * file without any keep `lang` undefined (the caller reports "no recognisable language").
 */
export function assignLanguages<T extends {text: string; lang?: Locale}>(units: T[]): T[] {
  let guesses = units.map((unit) => detectLanguage(unit.text))
  if (guesses.every((guess) => guess === undefined)) guesses = units.map((unit) => detectLanguage(unit.text, false))
  let previous: Locale | undefined
  const forward = guesses.map((guess) => (previous = guess ?? previous))
  let next: Locale | undefined
  for (let i = units.length - 1; i >= 0; i--) {
    next = guesses[i] ?? next
    units[i].lang = forward[i] ?? next
  }
  return units
}
