import {describe, expect, it} from 'vitest'
import {dateArgs} from './date-args'
import {inflectKazakh, isFrontWord, KAZAKH_MONTHS, kazakhDate, kazakhEnding} from './kazakh-dates'

// Written out by hand, not derived from the rules under test.
const MONTHS: [string, {genitive: string; dative: string; ablative: string; locative: string}][] = [
  ['қаңтар', {genitive: 'қаңтардың', dative: 'қаңтарға', ablative: 'қаңтардан', locative: 'қаңтарда'}],
  ['ақпан', {genitive: 'ақпанның', dative: 'ақпанға', ablative: 'ақпаннан', locative: 'ақпанда'}],
  ['наурыз', {genitive: 'наурыздың', dative: 'наурызға', ablative: 'наурыздан', locative: 'наурызда'}],
  ['сәуір', {genitive: 'сәуірдің', dative: 'сәуірге', ablative: 'сәуірден', locative: 'сәуірде'}],
  ['мамыр', {genitive: 'мамырдың', dative: 'мамырға', ablative: 'мамырдан', locative: 'мамырда'}],
  ['маусым', {genitive: 'маусымның', dative: 'маусымға', ablative: 'маусымнан', locative: 'маусымда'}],
  ['шілде', {genitive: 'шілденің', dative: 'шілдеге', ablative: 'шілдеден', locative: 'шілдеде'}],
  ['тамыз', {genitive: 'тамыздың', dative: 'тамызға', ablative: 'тамыздан', locative: 'тамызда'}],
  ['қыркүйек', {genitive: 'қыркүйектің', dative: 'қыркүйекке', ablative: 'қыркүйектен', locative: 'қыркүйекте'}],
  ['қазан', {genitive: 'қазанның', dative: 'қазанға', ablative: 'қазаннан', locative: 'қазанда'}],
  ['қараша', {genitive: 'қарашаның', dative: 'қарашаға', ablative: 'қарашадан', locative: 'қарашада'}],
  ['желтоқсан', {genitive: 'желтоқсанның', dative: 'желтоқсанға', ablative: 'желтоқсаннан', locative: 'желтоқсанда'}],
]

describe('Kazakh month names in every case', () => {
  it('has the twelve months in calendar order', () => {
    expect(KAZAKH_MONTHS).toEqual(MONTHS.map(([month]) => month))
  })

  describe.each(MONTHS)('%s', (month, forms) => {
    it('nominative: the name itself', () => expect(inflectKazakh(month, 'nominative')).toBe(month))
    it(`genitive: ${forms.genitive}`, () => expect(inflectKazakh(month, 'genitive')).toBe(forms.genitive))
    it(`dative (before «дейін»): ${forms.dative}`, () => expect(inflectKazakh(month, 'dative')).toBe(forms.dative))
    it(`ablative (before «бастап»): ${forms.ablative}`, () => expect(inflectKazakh(month, 'ablative')).toBe(forms.ablative))
    it(`locative: ${forms.locative}`, () => expect(inflectKazakh(month, 'locative')).toBe(forms.locative))
  })
})

describe('the rules beyond the months', () => {
  // [word, genitive, dative, ablative, locative]: each final sound, in back and front words.
  const words = [
    ['бала', 'баланың', 'балаға', 'баладан', 'балада'], // vowel, back
    ['әке', 'әкенің', 'әкеге', 'әкеден', 'әкеде'], // vowel, front
    ['адам', 'адамның', 'адамға', 'адамнан', 'адамда'], // nasal м
    ['күн', 'күннің', 'күнге', 'күннен', 'күнде'], // nasal н, front
    ['таң', 'таңның', 'таңға', 'таңнан', 'таңда'], // nasal ң
    ['үй', 'үйдің', 'үйге', 'үйден', 'үйде'], // sonorant й
    ['тау', 'таудың', 'тауға', 'таудан', 'тауда'], // у after a back vowel
    ['ел', 'елдің', 'елге', 'елден', 'елде'], // sonorant л
    ['кез', 'кездің', 'кезге', 'кезден', 'кезде'], // voiced з
    ['кітап', 'кітаптың', 'кітапқа', 'кітаптан', 'кітапта'], // voiceless п, back
    ['мектеп', 'мектептің', 'мектепке', 'мектептен', 'мектепте'], // voiceless п, front
    ['ақ', 'ақтың', 'аққа', 'ақтан', 'ақта'], // voiceless қ
    ['тіс', 'тістің', 'тіске', 'тістен', 'тісте'], // voiceless с
    ['бас', 'бастың', 'басқа', 'бастан', 'баста'],
  ]
  it.each(words)('%s → %s, %s, %s, %s', (word, genitive, dative, ablative, locative) => {
    expect([inflectKazakh(word, 'genitive'), inflectKazakh(word, 'dative'), inflectKazakh(word, 'ablative'), inflectKazakh(word, 'locative')]).toEqual([
      genitive,
      dative,
      ablative,
      locative,
    ])
  })

  it('vowel harmony follows the last vowel that tells (и, у say nothing)', () => {
    expect(isFrontWord('сәуір')).toBe(true)
    expect(isFrontWord('қыркүйек')).toBe(true)
    expect(isFrontWord('желтоқсан')).toBe(false)
    expect(isFrontWord('маусым')).toBe(false)
    expect(isFrontWord('тау')).toBe(false)
    expect(isFrontWord('ТАМЫЗ')).toBe(false)
  })

  it('the nominative has no ending; a word ending in no Kazakh letter is refused', () => {
    expect(kazakhEnding('қыркүйек', 'nominative')).toBe('')
    expect(() => kazakhEnding('2025', 'ablative')).toThrow(/Not a Kazakh word ending/)
  })
})

describe('kazakhDate', () => {
  it('writes "2025 жылғы 1 қыркүйек", the form of Kazakh legal texts, in the nominative by default', () => {
    expect(kazakhDate('2025-09-01')).toBe('2025 жылғы 1 қыркүйек')
    expect(kazakhDate('2021-11-26', 'nominative')).toBe('2021 жылғы 26 қараша')
  })

  it('puts the case ending on the month, the last word of the phrase', () => {
    expect(kazakhDate('2025-09-01', 'ablative')).toBe('2025 жылғы 1 қыркүйектен')
    expect(kazakhDate('2025-09-01', 'dative')).toBe('2025 жылғы 1 қыркүйекке')
    expect(kazakhDate('2025-09-01', 'locative')).toBe('2025 жылғы 1 қыркүйекте')
    expect(kazakhDate('2025-09-01', 'genitive')).toBe('2025 жылғы 1 қыркүйектің')
    expect(kazakhDate('2024-12-31', 'dative')).toBe('2024 жылғы 31 желтоқсанға')
    expect(kazakhDate('2024-07-05', 'ablative')).toBe('2024 жылғы 5 шілдеден')
  })

  it('a range reads "… наурыздан … тамызға дейін"', () => {
    expect(`${kazakhDate('2024-03-01', 'ablative')} ${kazakhDate('2025-08-31', 'dative')} дейін`).toBe('2024 жылғы 1 наурыздан 2025 жылғы 31 тамызға дейін')
  })

  it('returns anything but a YYYY-MM-DD day as it is', () => {
    expect(kazakhDate('yesterday', 'ablative')).toBe('yesterday')
    expect(kazakhDate('2025-13-01', 'ablative')).toBe('2025-13-01')
  })
})

describe('dateArgs', () => {
  it('gives a Kazakh message every case of each date, named by the case, and no bare name', () => {
    const args = dateArgs('kk', {from: '2024-03-01', to: '2025-08-31'})
    expect(args).toEqual({
      fromNominative: '2024 жылғы 1 наурыз',
      fromGenitive: '2024 жылғы 1 наурыздың',
      fromDative: '2024 жылғы 1 наурызға',
      fromAblative: '2024 жылғы 1 наурыздан',
      fromLocative: '2024 жылғы 1 наурызда',
      toNominative: '2025 жылғы 31 тамыз',
      toGenitive: '2025 жылғы 31 тамыздың',
      toDative: '2025 жылғы 31 тамызға',
      toAblative: '2025 жылғы 31 тамыздан',
      toLocative: '2025 жылғы 31 тамызда',
    })
  })

  it('gives a Russian message the date as Intl writes it, the month in the genitive', () => {
    expect(dateArgs('ru', {date: '2025-09-01'})).toEqual({date: '1 сентября 2025\u00a0г.'})
  })

  it('writes an open end as "…"', () => {
    expect(dateArgs('kk', {to: undefined}).toDative).toBe('…')
    expect(dateArgs('ru', {to: undefined})).toEqual({to: '…'})
  })
})
