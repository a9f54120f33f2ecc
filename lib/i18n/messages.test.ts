// The UI strings themselves: every Kazakh message that joins a date to a word takes the date already in the case
// that word governs, and reads right for a date in each month; Russian counts agree with their nouns.
import {describe, expect, it} from 'vitest'
import kk from '@/messages/kk.json'
import ru from '@/messages/ru.json'
import {dateArgs} from './date-args'
import {KAZAKH_MONTHS} from './kazakh-dates'
import {translator} from './translator'

type Tree = {[key: string]: string | Tree}

function flatten(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[prefix + key, value] as [string, string]] : flatten(value, `${prefix}${key}.`)))
}

const kkMessages = flatten(kk)
const ruMessages = new Map(flatten(ru))
const CASE = /(Nominative|Genitive|Dative|Ablative|Locative)$/
const argsOf = (message: string) => [...message.matchAll(/\{(\w+)[},]/g)].map((m) => m[1])
/** Kazakh messages with a date in them, and the dates' names (`date`, `from`, `to`). */
const dated = kkMessages
  .map(([key, message]) => [key, message, [...new Set(argsOf(message).filter((a) => CASE.test(a)).map((a) => a.replace(CASE, '')))]] as const)
  .filter(([, , names]) => names.length > 0)

// The first and the last day of each month of 2025.
const days = KAZAKH_MONTHS.map((_, i) => [
  `2025-${String(i + 1).padStart(2, '0')}-01`,
  new Date(Date.UTC(2025, i + 1, 0)).toISOString().slice(0, 10),
])
const NOMINATIVE_BEFORE_POSTPOSITION = new RegExp(`(${KAZAKH_MONTHS.join('|')}) (бастап|дейін)`, 'u')
const format = (locale: 'kk' | 'ru', key: string, values: Record<string, string | number>) =>
  (translator(locale) as unknown as (key: string, values: Record<string, string | number>) => string)(key, values)

describe('Kazakh messages with dates', () => {
  it('are the ones the pages, app views and feed show', () => {
    expect(dated.map(([key]) => key).sort()).toEqual([
      'AppView.archived',
      'Compare.from',
      'Compare.to',
      'Feed.entryTitle',
      'History.range',
      'History.since',
      'Index.inForceSince',
      'Index.upcoming',
      'Policy.archivedNotice',
      'Policy.effectiveFromDate',
      'Policy.inForceRange',
      'Policy.takesEffect',
      'Policy.upcomingNotice',
      'Policy.upcomingOnlyNotice',
    ])
  })

  it('name each date by its case: before «бастап» the ablative, before «дейін» the dative, before «аралығында» and in a range the nominative', () => {
    const governed = {бастап: 'Ablative', дейін: 'Dative', аралығында: 'Nominative', '–': 'Nominative'} as Record<string, string>
    for (const [key, message] of kkMessages) {
      for (const match of message.matchAll(/\{(\w+)\} (бастап|дейін|аралығында|–)/g)) {
        expect(`${key}: {${match[1]}} ${match[2]}`).toBe(`${key}: {${match[1].replace(CASE, '')}${governed[match[2]]}} ${match[2]}`)
      }
    }
  })

  it('never take a bare date, which could only be the nominative (the code passes none: it would render the key)', () => {
    for (const [key, message] of dated) expect(argsOf(message).filter((a) => a !== 'version' && !CASE.test(a)), key).toEqual([])
    const russianDated = [...ruMessages].filter(([, message]) => argsOf(message).includes('date')).map(([key]) => key)
    expect(russianDated.filter((key) => !dated.some(([k]) => k === key))).toEqual([])
    expect(Object.keys(dateArgs('kk', {date: '2025-09-01'}))).not.toContain('date')
  })

  describe.each(days)('for %s and %s', (first, last) => {
    it.each(dated.map(([key]) => key))('%s reads with the date in the right case', (key) => {
      const text = format('kk', key, {version: 2, ...dateArgs('kk', {date: first, from: first, to: last})})
      expect(text).not.toMatch(NOMINATIVE_BEFORE_POSTPOSITION)
      expect(text).not.toMatch(/[{}]|ж\.|\d{4}-\d{2}/)
      expect(text).toMatch(/\d{4} жылғы \d{1,2} /)
    })

    it.each(dated.map(([key]) => key))('%s in Russian takes the same dates', (key) => {
      const text = format('ru', key, {version: 2, ...dateArgs('ru', {date: first, from: first, to: last})})
      expect(text).not.toMatch(/[{}]|\d{4}-\d{2}/)
      expect(text).toMatch(/\d{1,2} [а-я]+ \d{4}\u00a0г\./)
      expect(text).not.toMatch(/ г\./)
    })
  })

  it('a closed period: "2024 жылғы 1 наурыз – 2025 жылғы 31 тамыз аралығында күшінде болған" (the last day included)', () => {
    const period = dateArgs('kk', {from: '2024-03-01', to: '2025-08-31'})
    expect(format('kk', 'Policy.inForceRange', period)).toBe('2024 жылғы 1 наурыз – 2025 жылғы 31 тамыз аралығында күшінде болған')
    expect(format('kk', 'Policy.archivedNotice', {version: 1, ...dateArgs('kk', {from: '2021-01-15', to: '2025-08-31'})})).toBe(
      'Бұл — 2021 жылғы 15 қаңтар – 2025 жылғы 31 тамыз аралығында күшінде болған 1-редакция.',
    )
    expect(format('kk', 'History.range', period)).toBe('2024 жылғы 1 наурыз – 2025 жылғы 31 тамыз')
    expect(format('ru', 'Policy.inForceRange', dateArgs('ru', {from: '2024-03-01', to: '2025-08-31'}))).toBe('Действовала с 1 марта 2024\u00a0г. по 31 августа 2025\u00a0г.')
    expect(format('kk', 'Policy.effectiveFromDate', dateArgs('kk', {date: '2025-09-01'}))).toBe('2025 жылғы 1 қыркүйектен бастап күшінде')
  })

  it('every Russian message with a date takes {date}, {from} or {to}', () => {
    for (const [key, , names] of dated) {
      const message = ruMessages.get(key)!
      expect(argsOf(message).filter((a) => names.includes(a)).sort(), key).toEqual([...names].sort())
    }
  })
})

describe('numbers joined to words', () => {
  it('Kazakh: a version is an ordinal ("2-редакция"), a count stands before the noun, which stays singular', () => {
    expect(format('kk', 'Policy.version', {version: 2})).toBe('2-редакция')
    expect(format('kk', 'Compare.title', {from: 1, to: 3})).toBe('1- және 3-редакцияларды салыстыру')
    expect(format('kk', 'Compare.stats.changed', {count: 1})).toBe('1 бөлім өзгертілді')
    expect(format('kk', 'Compare.stats.moved', {count: 5})).toBe('5 бөлімнің орны ауысты')
    expect(format('kk', 'Compare.intro', {from: 1, to: 2, languages: 'both'})).toBe('1-редакциямен салыстырғанда 2-редакцияға енгізілген өзгерістер (екі тілде).')
    expect(format('kk', 'Compare.intro', {from: 1, to: 2, languages: 'one'})).toBe('1-редакциямен салыстырғанда 2-редакцияға енгізілген өзгерістер.')
    expect(format('ru', 'Compare.intro', {from: 1, to: 2, languages: 'both'})).toBe('Изменения в редакции 2 по сравнению с редакцией 1 (тексты на обоих языках).')
    expect(format('ru', 'Compare.intro', {from: 1, to: 2, languages: 'one'})).toBe('Изменения в редакции 2 по сравнению с редакцией 1.')
    expect(format('kk', 'Feed.entryTitle', {version: 2, ...dateArgs('kk', {date: '2025-09-01'})})).toBe('2-редакция (2025 жылғы 1 қыркүйектен бастап күшінде)')
  })

  it('Russian: the noun and the participle agree with the count', () => {
    const stats = (n: number) => (['changed', 'added', 'removed', 'moved'] as const).map((key) => format('ru', `Compare.stats.${key}`, {count: n})).join(' · ')
    expect(stats(1)).toBe('изменён 1 раздел · добавлен 1 раздел · удалён 1 раздел · перемещён 1 раздел')
    expect(stats(3)).toBe('изменено 3 раздела · добавлено 3 раздела · удалено 3 раздела · перемещено 3 раздела')
    expect(stats(5)).toBe('изменено 5 разделов · добавлено 5 разделов · удалено 5 разделов · перемещено 5 разделов')
    expect(stats(11)).toBe('изменено 11 разделов · добавлено 11 разделов · удалено 11 разделов · перемещено 11 разделов')
    expect(stats(21)).toBe('изменён 21 раздел · добавлен 21 раздел · удалён 21 раздел · перемещён 21 раздел')
    expect(stats(22)).toBe('изменено 22 раздела · добавлено 22 раздела · удалено 22 раздела · перемещено 22 раздела')
    expect(format('ru', 'Compare.unchangedCount', {count: 5})).toBe('5 разделов без изменений')
    expect(format('ru', 'Compare.unchangedCount', {count: 22})).toBe('22 раздела без изменений')
  })
})

describe('what a reader reads', () => {
  const every = (locale: 'kk' | 'ru') => (locale === 'kk' ? kkMessages : [...ruMessages])
  // Parts of a sentence, not sentences: screen-reader prefixes, finding kinds after a marker, the index's
  // "(only in Russian)", the counts statsLine joins and capitalizes, the history's period after its label.
  const FRAGMENT = /^(History\.(since|range)|Compare\.(inserted|deleted)|Compare\.stats\.(changed|added|removed|moved)|Draft\.kinds\.|Draft\.onlyIn|Index\.onlyIn\.)/

  it.each(['kk', 'ru'] as const)('%s: every sentence and label starts with a capital letter, a digit, a quote or an argument', (locale) => {
    for (const [key, message] of every(locale)) {
      if (FRAGMENT.test(key)) continue
      expect(`${key}: ${message}`).toMatch(/^[^:]+: ([A-ZА-ЯЁӘІҢҒҮҰҚӨҺ0-9«{]|\{)/u)
    }
  })

  it('Russian: a no-break space before «г.» in every date, and no second period after it', () => {
    for (const [key, , names] of dated) {
      const text = format('ru', key, {version: 2, ...dateArgs('ru', Object.fromEntries(names.map((n) => [n, '2025-09-01'])))})
      expect(text, key).toContain('2025\u00a0г.')
      expect(text, key).not.toMatch(/ г\.|г\.\./)
    }
  })

  it('one term for one concept in each language', () => {
    const kkAll = kkMessages.map(([, m]) => m).join('\n')
    const ruAll = [...ruMessages.values()].join('\n')
    // A version is «редакция» everywhere; «нұсқа» is only a form of the page (the app view, the full page).
    expect(kkMessages.filter(([, m]) => /нұсқа/.test(m) && /\{version\}|редакци/.test(m))).toEqual([])
    // «хеш» is the dictionary spelling in Russian.
    expect(ruAll).not.toMatch(/хэш/i)
    expect(ruAll.match(/хеш/gi)?.length).toBeGreaterThanOrEqual(2)
    // The text before clause 1 is named the same on the policy and the compare page.
    expect(kk.Policy.preamble).toBe(kk.Compare.preamble)
    expect(ru.Policy.preamble).toBe('Преамбула')
    expect(ru.Compare.preamble).toBe('Преамбула')
    // The site's documents are «Құжаттар» / «Документы» in the header as on the index.
    expect(kk.Site.policies).toBe(kk.Index.heading)
    expect(ru.Site.policies).toBe(ru.Index.heading)
    // Status badges are adjectives of «редакция» (one part of speech), and the archive notices use the same word.
    expect(kk.Status).toEqual({current: 'Қолданыстағы', upcoming: 'Күшіне енетін', archive: 'Мұрағаттағы'})
    expect(ru.Status).toEqual({current: 'Действующая', upcoming: 'Предстоящая', archive: 'Архивная'})
    expect(kk.AppView.archived).toContain('мұрағаттағы')
    expect(ru.AppView.archived).toContain('архивная')
    // A missing translation is «аудармасы жоқ» / «нет перевода» wherever it is named.
    expect(kk.Policy.notTranslatedTitle.toLowerCase()).toBe(kk.Draft.kinds.missingLanguage)
    expect(ru.Policy.notTranslatedTitle.toLowerCase()).toBe(ru.Draft.kinds.missingLanguage)
    expect(kkAll).not.toMatch(/Аударылмаған|тіл жоқ|жиналған|Саясаттар/)
    expect(ruAll).not.toMatch(/Вступление|Будущая|в одном языке|\(\{language\}\)/)
  })

  it('names a language in the case its sentence needs (no bare "казахский" in a phrase)', () => {
    expect(format('kk', 'Policy.hashLanguage', {language: 'kk'})).toBe('Қазақ тіліндегі мәтіннің хэші')
    expect(format('ru', 'Policy.hashLanguage', {language: 'kk'})).toBe('Хеш текста на казахском языке')
    expect(format('ru', 'Policy.hashLanguage', {language: 'ru'})).toBe('Хеш текста на русском языке')
    expect(format('kk', 'Draft.onlyIn', {language: 'ru', values: 'x'})).toBe('тек орыс тіліндегі мәтінде: x')
    expect(format('ru', 'Draft.onlyIn', {language: 'kk', values: 'x'})).toBe('только в тексте на казахском языке: x')
  })

  it('a text published in one language is the only official text, in both languages', () => {
    expect(kk.Prevailing.only).toEqual({kk: 'Құжаттың ресми мәтіні тек қазақ тілінде.', ru: 'Құжаттың ресми мәтіні тек орыс тілінде.'})
    expect(ru.Prevailing.only).toEqual({
      kk: 'Официальный текст документа существует только на казахском языке.',
      ru: 'Официальный текст документа существует только на русском языке.',
    })
  })
})
