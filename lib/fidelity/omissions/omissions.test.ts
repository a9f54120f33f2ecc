import {describe, expect, it} from 'vitest'
import {checkSection} from '../checkSection'
import {checkSummary} from '../checkSummary'
import {section} from '../testing/section'
import {mentions, presence} from './concepts'
import {enumerations} from './enumerations'
import {findOmissions} from './index'
import {splitSentences} from './sentences'

const ids = (text: string, locale: 'kk' | 'ru') => mentions(text, locale).map((m) => m.id)
const lists = (text: string, locale: 'kk' | 'ru') => enumerations(text, locale).map((e) => e.items.map((m) => m.id))

describe('splitSentences', () => {
  it('splits at a full stop before a capital letter or a digit', () => {
    expect(splitSentences('Первое предложение. Второе предложение! Третье? 4. Пункт')).toEqual([
      'Первое предложение.',
      'Второе предложение!',
      'Третье?',
      '4. Пункт',
    ])
  })

  it('does not split after abbreviations, initials or a clause number opening the paragraph', () => {
    expect(splitSentences('2.1.1. Данные, в т.ч. сведения об устройстве, обрабатываются согласно п. 3.2 и ст. 5 Закона РК.')).toHaveLength(1)
    expect(splitSentences('Оператор: г. Алматы, ул. Абая, 1. Директор А. Б. Иванов.')).toEqual(['Оператор: г. Алматы, ул. Абая, 1.', 'Директор А. Б. Иванов.'])
    expect(splitSentences('Заң 2013 ж. Мамырда қабылданды, т.б. Құжаттар. Ереже күшіне енді.')).toEqual(['Заң 2013 ж. Мамырда қабылданды, т.б. Құжаттар.', 'Ереже күшіне енді.'])
    expect(splitSentences('1.1. Использование Сайта означает согласие.')).toEqual(['1.1. Использование Сайта означает согласие.'])
  })

  it('keeps a full stop before a lower-case word inside the sentence', () => {
    expect(splitSentences('Срок – 10 дн. с момента запроса.')).toHaveLength(1)
  })
})

describe('the lexicon, strictly read', () => {
  it('reads the personal data terms of both languages as one concept each', () => {
    expect(ids('фамилия, имя, отчество, дата рождения, ИИН, номер телефона и адрес электронной почты', 'ru')).toEqual(['surname', 'name', 'patronymic', 'birthDate', 'iin', 'phone', 'email'])
    expect(ids('тегі, аты, әкесінің аты, туған күні, ЖСН, телефон нөмірі және электрондық пошта мекенжайы', 'kk')).toEqual(['surname', 'name', 'patronymic', 'birthDate', 'iin', 'phone', 'email'])
  })

  it('does not read a word that only looks like one', () => {
    // "тегін" is free of charge; "Пайдаланушы" is the user, not "use"; legal and natural persons are no measures.
    expect(ids('Қосымша тегін, атауы бойынша ұсынылады.', 'kk')).toEqual([])
    expect(ids('Пайдаланушы келіседі.', 'kk')).toEqual([])
    expect(ids('данные физических и юридических лиц', 'ru')).toEqual([])
    expect(ids('IP-адрес и MAC-адрес', 'ru')).toEqual(['ip', 'mac'])
  })

  it('reads words in Latin letters as themselves, "cookies" as "cookie"', () => {
    expect(ids('IMEI, cookies-тен алынған деректер, ID-i', 'kk')).toEqual(['latin:imei', 'latin:cookie', 'latin:id'])
  })

  it('counts a full name as its parts, and surname with name as a full name', () => {
    const kk = presence('аты-жөні', 'kk')
    expect(['surname', 'name', 'patronymic'].every((id) => kk.has(id))).toBe(true)
    expect(presence('фамилия и имя', 'ru').has('fullName')).toBe(true)
  })
})

describe('enumerations', () => {
  it('joins items by commas and conjunctions, with a few words between', () => {
    expect(lists('могут относиться, в частности, фамилия, имя, номер телефона, адрес электронной почты Пользователя.', 'ru')).toEqual([['surname', 'name', 'phone', 'email']])
    expect(lists('барлық қажетті және жеткілікті ұйымдастырушылық және техникалық шараларды', 'kk')).toEqual([['organizational', 'technical']])
    expect(lists('тегі мен аты', 'kk')).toEqual([['surname', 'name']])
  })

  it('breaks at a full stop, a colon, or too many words between two items', () => {
    expect(lists('Указывается фамилия. Имя не нужно.', 'ru')).toEqual([])
    expect(lists('Пайдаланушы құпиясөздің сақталуына жауап береді және оны үшінші тұлғаларға беруге тыйым салынады.', 'kk')).toEqual([])
  })
})

describe('findOmissions', () => {
  it('aligns by clause number, so a sentence missing in one clause is found there', () => {
    const ru = '1.1. Оператор обрабатывает данные.\n1.2. Оператор собирает фамилию и имя. Также собирается номер телефона и адрес электронной почты.'
    const kk = '1.1. Оператор деректерді өңдейді.\n1.2. Оператор тегі мен атын жинайды.'
    expect(findOmissions(section({kk, ru}))).toEqual([
      {kind: 'omittedSentence', locale: 'ru', text: 'Также собирается номер телефона и адрес электронной почты.', value: 'Также собирается номер телефона и адрес электронной почты.'},
    ])
  })

  it('says nothing when a column is empty (that is a missing language)', () => {
    expect(findOmissions(section({kk: 'Фамилия, имя и телефон.', ru: undefined}))).toEqual([])
  })

  it('does not look for a missing sentence in a piece too long to have been aligned', () => {
    const many = Array.from({length: 70}, (_, i) => `Предложение номер ${i} о хранении данных.`).join(' ')
    const extra = ' Для регистрации указываются фамилия, имя, дата рождения и номер телефона.'
    expect(findOmissions(section({kk: 'Деректер сақталады.', ru: many + extra})).filter((o) => o.kind === 'omittedSentence')).toEqual([])
  })
})

describe('omission findings', () => {
  it('come from checkSection, one per kind, with the text in the column that has it', () => {
    const findings = checkSection(
      section({
        ru: 'Оператор применяет организационные и технические меры. Для входа нужны логин, пароль и номер телефона; также указывается дата рождения и ИИН.',
        kk: 'Оператор техникалық шараларды қолданады.',
      }),
      {revisionId: 'r', policyId: 'p', version: 3},
    )
    expect(findings.map(({kind, kk, ru, kkText, ruText, revisionId, version, section: where}) => ({kind, kk, ru, kkText, ruText, revisionId, version, where}))).toEqual([
      {
        kind: 'omittedSentence',
        kk: [],
        ru: ['Для входа нужны логин, пароль и номер телефона; также указывается дата рождения и ИИН.'],
        kkText: [],
        ruText: ['Для входа нужны логин, пароль и номер телефона; также указывается дата рождения и ИИН.'],
        revisionId: 'r',
        version: 3,
        where: 's1',
      },
      {kind: 'omittedItem', kk: [], ru: ['organizational'], kkText: [], ruText: ['организационные'], revisionId: 'r', version: 3, where: 's1'},
    ])
    expect(findings[1].message).toBe('Enumeration item missing: ru lists an item that kk leaves out: "организационные" (in "организационные и технические")')
  })

  it('come from a summary too', () => {
    const findings = checkSummary({kk: 'Тегі мен аты жинау тәртібі өзгертілді.', ru: 'Изменен порядок сбора фамилии, имени и отчества.'}, {revisionId: 'r'})
    expect(findings.map((f) => [f.scope, f.kind, f.ru])).toEqual([['summary', 'omittedItem', ['patronymic']]])
  })
})
