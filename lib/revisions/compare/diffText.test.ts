import {describe, expect, it} from 'vitest'
import {diffText} from './diffText'
import type {DiffPart} from './types'

/** Compact view: [-deleted] [+inserted]. */
const show = (parts: DiffPart[]) =>
  parts.map(({kind, text}) => (kind === 'same' ? text : kind === 'insert' ? `[+${text}]` : `[-${text}]`)).join('')

describe('diffText', () => {
  it('marks a changed Kazakh word as a whole word, not letters', () => {
    expect(diffText('Біз деректерді жинаймыз.', 'Біз деректерін жинаймыз.')).toEqual([
      {kind: 'same', text: 'Біз '},
      {kind: 'delete', text: 'деректерді'},
      {kind: 'same', text: ' '},
      {kind: 'insert', text: 'деректерін'},
      {kind: 'same', text: ' жинаймыз.'},
    ])
    expect(show(diffText('құпиялылық саясаты', 'құпиялылық саясатының'))).toBe('құпиялылық [-саясаты] [+саясатының]')
  })

  it('marks punctuation changes alone', () => {
    expect(show(diffText('Оператор, обязан', 'Оператор обязан'))).toBe('Оператор[-,] обязан')
    expect(show(diffText('данные; сведения', 'данные: сведения'))).toBe('данные[-;][+:] сведения')
  })

  it('marks a renumbered clause as one token', () => {
    expect(show(diffText('4.2. Пайдаланушы', '4.3. Пайдаланушы'))).toBe('[-4.2.] [+4.3.] Пайдаланушы')
    expect(show(diffText('см. пункт 4.2.1.', 'см. пункт 4.2.2.'))).toBe('см. пункт [-4.2.1.] [+4.2.2.]')
  })

  it('ignores whitespace-only changes and keeps the newer spacing', () => {
    expect(diffText('Сайт  пайдаланушысы\nкеліседі ', ' Сайт пайдаланушысы\u00A0келіседі')).toEqual([
      {kind: 'same', text: 'Сайт пайдаланушысы\u00A0келіседі'},
    ])
  })

  it('treats e-mails and URLs as one token', () => {
    expect(show(diffText('Жазыңыз: info@site.kz', 'Жазыңыз: help@site.kz'))).toBe(
      'Жазыңыз: [-info@site.kz] [+help@site.kz]',
    )
    expect(show(diffText('См. https://site.kz/privacy.', 'См. https://site.kz/privacy-v2.'))).toBe(
      'См. [-https://site.kz/privacy] [+https://site.kz/privacy-v2].',
    )
  })

  it('reads a rewritten phrase as one change, not edits around a shared short word', () => {
    expect(show(diffText('оператор и администратор сайта', 'владелец и пользователь сайта'))).toBe(
      '[-оператор и администратор] [+владелец и пользователь] сайта',
    )
    // A longer common word between two small edits stays common.
    expect(show(diffText('a Пользователь b', 'c Пользователь d'))).toBe('[-a] [+c] Пользователь [-b] [+d]')
  })

  it('handles empty sides and identical texts', () => {
    expect(diffText('', '')).toEqual([])
    expect(diffText('', 'жаңа мәтін')).toEqual([{kind: 'insert', text: 'жаңа мәтін'}])
    expect(diffText('ескі мәтін', '')).toEqual([{kind: 'delete', text: 'ескі мәтін'}])
    expect(diffText('бірдей', 'бірдей')).toEqual([{kind: 'same', text: 'бірдей'}])
  })

  it('puts deletions before insertions inside one change', () => {
    expect(show(diffText('x один два y', 'x три y'))).toBe('x [-один два] [+три] y')
  })
})
