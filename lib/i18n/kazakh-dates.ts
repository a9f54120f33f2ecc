// Kazakh date phrases: "2025 жылғы 1 қыркүйек" and its case forms. Kazakh puts the case ending on the last word of
// the phrase (the month), and a postposition governs a case: «бастап» (since) the ablative, «дейін» (until) the
// dative. Intl gives only the nominative ("2025 ж. 1 қыркүйек"), so "{date} бастап" in a message can never be
// right: every Kazakh date phrase the site writes is formed here.

export const KAZAKH_CASES = ['nominative', 'genitive', 'dative', 'ablative', 'locative'] as const
export type KazakhCase = (typeof KAZAKH_CASES)[number]

/** Month names, nominative, January first. */
export const KAZAKH_MONTHS = [
  'қаңтар',
  'ақпан',
  'наурыз',
  'сәуір',
  'мамыр',
  'маусым',
  'шілде',
  'тамыз',
  'қыркүйек',
  'қазан',
  'қараша',
  'желтоқсан',
] as const

const BACK_VOWELS = 'аоұыя'
const FRONT_VOWELS = 'әөүіеэ'
const VOWELS = BACK_VOWELS + FRONT_VOWELS + 'ёю'
const NASALS = 'мнң'
// Sonorants and voiced consonants take the same endings as each other in every case below (и and у close a
// syllable like й: «ми» → «миға», «тау» → «таудан»).
const VOICED = 'йрлуижз'
// Voiceless consonants, and б в г д, which end a Kazakh word voiceless.
const VOICELESS = 'кқпстфхһцчшщбвгд'

/** Front (ә ө ү і е) or back (а о ұ ы) by the word's last vowel that tells (и, у, ю tell nothing). */
export function isFrontWord(word: string): boolean {
  for (const letter of [...word.toLowerCase()].reverse()) {
    if (FRONT_VOWELS.includes(letter)) return true
    if (BACK_VOWELS.includes(letter)) return false
  }
  return false
}

type Final = 'vowel' | 'nasal' | 'voiced' | 'voiceless'

function finalSound(word: string): Final {
  const last = word.toLowerCase().at(-1) ?? ''
  if (VOWELS.includes(last)) return 'vowel'
  if (NASALS.includes(last)) return 'nasal'
  if (VOICED.includes(last)) return 'voiced'
  if (VOICELESS.includes(last)) return 'voiceless'
  throw new Error(`Not a Kazakh word ending: "${word}"`)
}

// Each ending by the word's final sound, [back, front].
const ENDINGS: Record<Exclude<KazakhCase, 'nominative'>, Record<Final, [string, string]>> = {
  genitive: {vowel: ['ның', 'нің'], nasal: ['ның', 'нің'], voiced: ['дың', 'дің'], voiceless: ['тың', 'тің']},
  dative: {vowel: ['ға', 'ге'], nasal: ['ға', 'ге'], voiced: ['ға', 'ге'], voiceless: ['қа', 'ке']},
  ablative: {vowel: ['дан', 'ден'], nasal: ['нан', 'нен'], voiced: ['дан', 'ден'], voiceless: ['тан', 'тен']},
  locative: {vowel: ['да', 'де'], nasal: ['да', 'де'], voiced: ['да', 'де'], voiceless: ['та', 'те']},
}

/** The case ending a Kazakh word takes: "қыркүйек", ablative → "тен". Nothing for the nominative. */
export function kazakhEnding(word: string, grammaticalCase: KazakhCase): string {
  if (grammaticalCase === 'nominative') return ''
  return ENDINGS[grammaticalCase][finalSound(word)][isFrontWord(word) ? 1 : 0]
}

/** A Kazakh word in a case: "қыркүйек" → "қыркүйектен" (ablative), "шілде" → "шілдеге" (dative). */
export function inflectKazakh(word: string, grammaticalCase: KazakhCase): string {
  return word + kazakhEnding(word, grammaticalCase)
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * A calendar day (`YYYY-MM-DD`) as Kazakh legal texts write it, "2025 жылғы 1 қыркүйек", in a case:
 * "2025 жылғы 1 қыркүйектен" (ablative, before «бастап»), "2025 жылғы 1 қыркүйекке" (dative, before «дейін»),
 * "2025 жылғы 1 қыркүйекте" (locative: on that day), "2025 жылғы 1 қыркүйектің" (genitive). Anything else is
 * returned as it is.
 */
export function kazakhDate(day: string, grammaticalCase: KazakhCase = 'nominative'): string {
  const match = ISO_DAY.exec(day)
  const month = match ? KAZAKH_MONTHS[Number(match[2]) - 1] : undefined
  if (!match || !month) return day
  return `${Number(match[1])} жылғы ${Number(match[3])} ${inflectKazakh(month, grammaticalCase)}`
}
