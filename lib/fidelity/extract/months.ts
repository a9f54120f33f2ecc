// Month names as they occur in dates: Kazakh stems take case endings (мамырдағы, мамырда, мамыры), Russian months
// appear in the genitive (21 мая) or, with a year only, in other cases (в мае 2013 года).

const kazakh = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан']

const russian = [
  'январ[ьяею]',
  'феврал[ьяею]',
  'март[аеу]?',
  'апрел[ьяею]',
  'ма[йяею]',
  'июн[ьяею]',
  'июл[ьяею]',
  'август[аеу]?',
  'сентябр[ьяею]',
  'октябр[ьяею]',
  'ноябр[ьяею]',
  'декабр[ьяею]',
]

/** A regex group source matching any month name; pass the matched word to `monthNumber`. */
export const MONTH = `(?:${kazakh.map((stem) => `${stem}\\p{L}*`).join('|')}|${russian.join('|')})(?![\\p{L}])`

const matchers: RegExp[] = kazakh.map((stem, i) => new RegExp(`^(?:${stem}\\p{L}*|${russian[i]})$`, 'iu'))

/** 1–12, or undefined when the word is no month name. */
export function monthNumber(word: string): number | undefined {
  const index = matchers.findIndex((re) => re.test(word))
  return index < 0 ? undefined : index + 1
}
