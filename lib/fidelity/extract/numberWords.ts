// Numbers written as words, in Kazakh (before a noun they do not inflect) and in Russian (every case).
// Used where a translator spells a number that the other column writes in digits: "он күн" ↔ "10 дней".
import type {Locale} from '@/lib/content/types'

type WordValue = {re: string; value: number; multiplier?: true}

const kazakh: WordValue[] = [
  ['бір', 1], ['екі', 2], ['үш', 3], ['төрт', 4], ['бес', 5], ['алты', 6], ['жеті', 7], ['сегіз', 8], ['тоғыз', 9],
  ['он', 10], ['жиырма', 20], ['отыз', 30], ['қырық', 40], ['елу', 50], ['алпыс', 60], ['жетпіс', 70], ['сексен', 80],
  ['тоқсан', 90],
].map(([re, value]) => ({re: re as string, value: value as number}))

const c = '(?:ь|и|ью)' // Russian numeral case endings: пять, пяти, пятью
const russian: WordValue[] = [
  {re: 'од(?:ин|на|но|ного|ной|ному|ним|ном|ну)', value: 1},
  {re: 'дв(?:а|е|ух|ум|умя)', value: 2},
  {re: 'тр(?:и|ех|ёх|ем|ём|емя)', value: 3},
  {re: 'четыр(?:е|ех|ёх|ем|ём|ьмя)', value: 4},
  {re: `пят${c}`, value: 5},
  {re: `шест${c}`, value: 6},
  {re: `сем${c}`, value: 7},
  {re: `(?:восем${c}|восьм(?:и|ью))`, value: 8},
  {re: `девят${c}`, value: 9},
  {re: `десят${c}`, value: 10},
  ...['одиннадцат', 'двенадцат', 'тринадцат', 'четырнадцат', 'пятнадцат', 'шестнадцат', 'семнадцат', 'восемнадцат', 'девятнадцат'].map(
    (stem, i) => ({re: `${stem}${c}`, value: 11 + i}),
  ),
  {re: `двадцат${c}`, value: 20},
  {re: `тридцат${c}`, value: 30},
  {re: 'сорок(?:а)?', value: 40},
  {re: '(?:пятьдесят|пятидесяти|пятьюдесятью)', value: 50},
  {re: '(?:шестьдесят|шестидесяти)', value: 60},
  {re: '(?:семьдесят|семидесяти)', value: 70},
  {re: '(?:восемьдесят|восьмидесяти)', value: 80},
  {re: 'девяност[оа]', value: 90},
  {re: 'ст[оа]', value: 100},
  {re: '(?:двести|двухсот)', value: 200},
  {re: '(?:триста|трехсот|трёхсот)', value: 300},
  {re: '(?:четыреста|четырехсот|четырёхсот)', value: 400},
  {re: '(?:пятьсот|пятисот)', value: 500},
  {re: '(?:шестьсот|шестисот)', value: 600},
  {re: '(?:семьсот|семисот)', value: 700},
  {re: '(?:восемьсот|восьмисот)', value: 800},
  {re: '(?:девятьсот|девятисот)', value: 900},
]

const words: Record<Locale, WordValue[]> = {
  kk: [...kazakh, {re: 'жүз', value: 100, multiplier: true}, {re: 'мың', value: 1000, multiplier: true}],
  ru: [...russian, {re: 'тысяч(?:а|и|у|е|ами|ам)?', value: 1000, multiplier: true}],
}

// Per language: the Russian pronoun "он" is not the Kazakh "ten".
const matchers = {
  kk: words.kk.map((w) => ({...w, full: new RegExp(`^${w.re}$`, 'iu')})),
  ru: words.ru.map((w) => ({...w, full: new RegExp(`^${w.re}$`, 'iu')})),
}

/** Consecutive number words of one language ("жиырма бес", "двухсот пятидесяти"), as a regex source. */
export function numberPhrase(locale: Locale): string {
  const word = `(?:${words[locale].map((w) => w.re).join('|')})(?![\\p{L}])`
  return `(?<![\\p{L}])${word}(?:[\\s-]+${word})*`
}

/** The value of a phrase of number words, or undefined when a word is not one. */
export function parseNumberWords(phrase: string, locale: Locale): number | undefined {
  let total = 0
  let current = 0
  for (const word of phrase.toLowerCase().split(/[\s-]+/).filter(Boolean)) {
    const match = matchers[locale].find((m) => m.full.test(word))
    if (!match) return undefined
    if (match.value === 1000) {
      total += (current || 1) * 1000
      current = 0
    } else if (match.multiplier) current = (current || 1) * match.value
    else current += match.value
  }
  return total + current
}
