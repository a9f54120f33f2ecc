// Seeded Kazakh and Russian legal-sounding text and Portable Text blocks for the synthetic dataset.
// Stems × endings, as both languages inflect, so the text has the word variety (and the letters: ә ғ қ ң ө ұ ү һ і)
// of a real policy; the same seed always gives the same text.
import {seededRandom as random} from '@/lib/testing/random'

type Locale = 'kk' | 'ru'

const stems: Record<Locale, string[]> = {
  kk: 'дерек өңде жина сақта пайдалан қызмет көрсет құпия ақпарат келісім оператор тұлға мақсат қорға құқық сұрау заң сайт қосымша файл мерзім жағдай талап хабарла өзгеріс жою беру тарап шарт есеп үшінші мүдде күәлік өтініш қауіпсіздік'.split(' '),
  ru: 'данн обработк сбор хранени пользовател услуг оказани конфиденциальност политик информаци согласи оператор лиц цел защит прав запрос закон сайт приложени файл срок случа требовани уведомлени изменени удалени передач сторон договор отчет'.split(' '),
}
const endings: Record<Locale, string[]> = {
  kk: ['', 'ы', 'ді', 'дің', 'ға', 'да', 'дан', 'мен', 'лар', 'ларды', 'ларға', 'ның', 'у', 'уге', 'шы', 'шылар', 'іміз', 'ңыз'],
  ru: ['а', 'ы', 'е', 'у', 'ой', 'ами', 'ах', 'ов', 'ям', 'ии', 'ия', 'ию', 'ем', 'ом', 'и', 'ей'],
}
const functionWords: Record<Locale, string[]> = {
  kk: 'және мен осы бұл үшін бойынша сәйкес немесе да де ол біз сіз қажет болған кезде'.split(' '),
  ru: 'и в на по с для или не что это его их при от к о также если'.split(' '),
}

export type Block = {
  _type: 'block'
  _key: string
  style: 'normal'
  listItem?: 'bullet'
  level?: number
  markDefs: {_type: 'link'; _key: string; href: string}[]
  children: {_type: 'span'; _key: string; text: string; marks: string[]}[]
}

export type TextMaker = ReturnType<typeof createText>

export function createText(seed: number) {
  const rand = random(seed)
  let keys = 0
  const key = () => `k${(keys += 1).toString(36)}`
  const int = (below: number) => Math.floor(rand() * below)
  const pick = <T>(items: T[]) => items[int(items.length)]
  const word = (locale: Locale) => (rand() < 0.3 ? pick(functionWords[locale]) : pick(stems[locale]) + pick(endings[locale]))
  const words = (locale: Locale, count: number) => Array.from({length: count}, (_, i) => (i > 0 && rand() < 0.07 ? `${word(locale)},` : word(locale)))
  const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)
  const sentence = (locale: Locale, count: number) => `${capitalize(words(locale, count).join(' '))}.`
  const span = (text: string, marks: string[] = []) => ({_type: 'span' as const, _key: key(), text, marks})

  /** A paragraph (every fourth a bullet); `contact` ends it with a strong word and a mailto link. */
  function block(locale: Locale, count: number, contact = false): Block {
    const bullet = rand() < 0.25
    const base = {_type: 'block' as const, _key: key(), style: 'normal' as const, ...(bullet ? {listItem: 'bullet' as const, level: 1} : {})}
    if (!contact) return {...base, markDefs: [], children: [span(sentence(locale, count))]}
    const link = {_type: 'link' as const, _key: key(), href: 'mailto:privacy@example.org'}
    const children = [span(`${sentence(locale, count)} `), span(word(locale), ['strong']), span(': '), span('privacy@example.org', [link._key])]
    return {...base, markDefs: [link], children}
  }

  /** A few words of each paragraph replaced, inserted or deleted; block and span keys stay, as in Studio. */
  function reword(blocks: Block[], locale: Locale): Block[] {
    return blocks.map((block) => {
      if (rand() > 0.5) return block
      const [first, ...rest] = block.children
      const trailing = first.text.slice(first.text.trimEnd().length)
      const tokens = first.text.trimEnd().replace(/\.$/, '').split(' ').flatMap((token, i) => {
        if (i === 0 || rand() >= 0.08) return [token]
        const roll = rand()
        return roll < 0.6 ? [word(locale)] : roll < 0.8 ? [token, word(locale)] : []
      })
      return {...block, children: [{...first, text: `${tokens.join(' ')}.${trailing}`}, ...rest]}
    })
  }

  return {
    int,
    chance: (p: number) => rand() < p,
    sentence,
    /** A few words without punctuation, capitalized: a title or heading. */
    title: (locale: Locale, count = 2) => capitalize(words(locale, count).join(' ').replace(/,/g, '')),
    block,
    reword,
  }
}
