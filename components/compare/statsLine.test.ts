import {describe, expect, it} from 'vitest'
import {translator} from '@/lib/i18n/translator'
import {statsLine} from './statsLine'

const line = (locale: 'kk' | 'ru', changed: number, added: number, removed: number, moved: number) =>
  statsLine({changed, added, removed, moved, unchanged: 3}, locale, translator(locale))

describe('statsLine', () => {
  it('leaves out zero counts and capitalizes its first word', () => {
    expect(line('ru', 1, 0, 0, 0)).toBe('Изменён 1 раздел')
    expect(line('ru', 0, 2, 0, 5)).toBe('Добавлено 2 раздела · перемещено 5 разделов')
    expect(line('kk', 1, 2, 0, 5)).toBe('1 бөлім өзгертілді · 2 бөлім қосылды · 5 бөлімнің орны ауысты')
    expect(line('kk', 0, 0, 1, 0)).toBe('1 бөлім алынды')
  })

  it('Russian: the participle and the noun agree with each count (one, few, many)', () => {
    expect(line('ru', 1, 1, 1, 1)).toBe('Изменён 1 раздел · добавлен 1 раздел · удалён 1 раздел · перемещён 1 раздел')
    expect(line('ru', 3, 3, 3, 3)).toBe('Изменено 3 раздела · добавлено 3 раздела · удалено 3 раздела · перемещено 3 раздела')
    expect(line('ru', 11, 11, 11, 11)).toBe('Изменено 11 разделов · добавлено 11 разделов · удалено 11 разделов · перемещено 11 разделов')
    expect(line('ru', 21, 22, 25, 111)).toBe('Изменён 21 раздел · добавлено 22 раздела · удалено 25 разделов · перемещено 111 разделов')
  })

  it('says that the text did not change when every count is zero, never "0 разделов"', () => {
    expect(line('ru', 0, 0, 0, 0)).toBe('Текст не изменился.')
    expect(line('kk', 0, 0, 0, 0)).toBe('Мәтін өзгермеген.')
    for (const locale of ['kk', 'ru'] as const) {
      for (let n = 0; n < 16; n++) expect(line(locale, n & 1, n & 2, n & 4, n & 8)).not.toMatch(/(^|\D)0 /)
    }
  })
})
