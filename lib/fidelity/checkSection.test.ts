import {describe, expect, it} from 'vitest'
import {checkSection} from './checkSection'
import {blocks, section} from './testing/section'
import type {Finding} from './types'

const context = {revisionId: 'rev-1', policyId: 'policy-1', version: 2}
const check = (kk: string | undefined, ru: string | undefined) => checkSection(section({kk, ru}), context)
const brief = (findings: Finding[]) => findings.map(({kind, kk, ru}) => ({kind, kk, ru}))

// Real sentences from the seeds with a hand-made translation: [kk, ru] that agree, and a drift of each.
const cases = [
  {
    kind: 'number',
    // seed 000, "Қауіпсіздік"
    agree: ['Берудің ешқандай әдісі 100% қауіпсіз және сенімді емес.', 'Ни один способ передачи не является на 100% безопасным и надёжным.'],
    kkOnly: ['Берудің ешқандай әдісі 100% қауіпсіз және сенімді емес.', 'Ни один способ передачи не является полностью безопасным и надёжным.'],
    ruOnly: ['Берудің ешқандай әдісі толық қауіпсіз емес.', 'Ни один способ передачи не является на 100% безопасным.'],
    values: {kk: ['100%'], ru: ['100%']},
  },
  {
    kind: 'date',
    // seed 000, the effective date
    agree: ['Бұл саясат 2021-11-26 жылдардан бастап күшіне енеді', 'Настоящая политика вступает в силу с 26 ноября 2021 года'],
    kkOnly: ['Бұл саясат 2021-11-26 жылдардан бастап күшіне енеді', 'Настоящая политика вступает в силу с момента публикации'],
    ruOnly: ['Бұл саясат жарияланған сәттен бастап күшіне енеді', 'Настоящая политика вступает в силу с 26 ноября 2021 года'],
    values: {kk: ['2021-11-26'], ru: ['2021-11-26']},
  },
  {
    kind: 'duration',
    // seed 003, clause 8.2
    agree: [
      'Кінә қоюды алушы кінә қоюды алған күннен бастап күнтізбелік 30 күн ішінде жазбаша хабарлайды.',
      'Получатель претензии в течение 30 календарных дней со дня её получения письменно уведомляет заявителя.',
    ],
    kkOnly: [
      'Кінә қоюды алушы кінә қоюды алған күннен бастап күнтізбелік 30 күн ішінде жазбаша хабарлайды.',
      'Получатель претензии в разумный срок со дня её получения письменно уведомляет заявителя.',
    ],
    ruOnly: [
      'Кінә қоюды алушы кінә қоюды алған соң жазбаша хабарлайды.',
      'Получатель претензии в течение 30 календарных дней со дня её получения письменно уведомляет заявителя.',
    ],
    values: {kk: ['30 day'], ru: ['30 day']},
  },
  {
    kind: 'email',
    // seed 000, the contact line
    agree: ['Сұрақтарыңыз болса, бізбен хабарласыңыз karlygash.events@gmail.com .', 'Если у вас есть вопросы, пишите нам: Karlygash.Events@gmail.com.'],
    kkOnly: ['Сұрақтарыңыз болса, бізбен хабарласыңыз karlygash.events@gmail.com .', 'Если у вас есть вопросы, свяжитесь с нами.'],
    ruOnly: ['Сұрақтарыңыз болса, бізбен хабарласыңыз.', 'Если у вас есть вопросы, пишите нам: karlygash.events@gmail.com.'],
    values: {kk: ['karlygash.events@gmail.com'], ru: ['karlygash.events@gmail.com']},
  },
  {
    kind: 'url',
    // seed 002, section 1
    agree: [
      'Осы Құпиялылық саясаты https://getxkz.com/ интернет-сайтының қызметтерін пайдаланатын тұлғалар туралы ақпаратты өңдеу тәртібін анықтайды.',
      'Настоящая Политика определяет порядок обработки информации о лицах, пользующихся сайтом getxkz.com.',
    ],
    kkOnly: [
      'Осы Құпиялылық саясаты https://getxkz.com/ интернет-сайтының қызметтерін пайдаланатын тұлғалар туралы ақпаратты өңдеу тәртібін анықтайды.',
      'Настоящая Политика определяет порядок обработки информации о лицах, пользующихся Сайтом.',
    ],
    ruOnly: [
      'Осы Құпиялылық саясаты Сайттың қызметтерін пайдаланатын тұлғалар туралы ақпаратты өңдеу тәртібін анықтайды.',
      'Настоящая Политика определяет порядок обработки информации о лицах, пользующихся сайтом https://getxkz.com/.',
    ],
    values: {kk: ['getxkz.com'], ru: ['getxkz.com']},
  },
  {
    kind: 'phone',
    // seed 002, section 10, with a real-looking number in place of the placeholder
    agree: ['Байланыс ақпараты: Телефон: +7 (727) 123-45-67', 'Контактная информация: Телефон: 8 727 1234567'],
    kkOnly: ['Байланыс ақпараты: Телефон: +7 (727) 123-45-67', 'Контактная информация: Телефон указан на сайте'],
    ruOnly: ['Байланыс ақпараты: Телефон сайтта көрсетілген', 'Контактная информация: Телефон: 8 727 1234567'],
    values: {kk: ['+77271234567'], ru: ['+77271234567']},
  },
  {
    kind: 'lawRef',
    // seed 001, clause 5.2
    agree: [
      'Әкімшілік "Дербес деректер және оларды қорғау туралы" 2013 жылғы 21 мамырдағы № 94-V ҚР Заңын басшылыққа алады.',
      'Администрация руководствуется Законом РК от 21 мая 2013 года № 94-V «О персональных данных и их защите».',
    ],
    kkOnly: [
      'Әкімшілік "Дербес деректер және оларды қорғау туралы" 2013 жылғы 21 мамырдағы № 94-V ҚР Заңын басшылыққа алады.',
      'Администрация руководствуется Законом РК от 21 мая 2013 года «О персональных данных и их защите».',
    ],
    ruOnly: [
      'Әкімшілік "Дербес деректер және оларды қорғау туралы" 2013 жылғы 21 мамырдағы ҚР Заңын басшылыққа алады.',
      'Администрация руководствуется Законом РК от 21 мая 2013 года № 94-V «О персональных данных и их защите».',
    ],
    values: {kk: ['94-V'], ru: ['94-V']},
  },
  {
    kind: 'clauseRef',
    // seed 001, clause 3.3
    agree: [
      'Қолданушы саясатының 3.2-тармағында көзделген мақсат бойынша дербес ақпаратты беруге келісімін білдіреді.',
      'Пользователь выражает согласие на передачу персональной информации в целях, предусмотренных п. 3.2 настоящей Политики.',
    ],
    kkOnly: [
      'Қолданушы саясатының 3.2-тармағында көзделген мақсат бойынша дербес ақпаратты беруге келісімін білдіреді.',
      'Пользователь выражает согласие на передачу персональной информации в целях, предусмотренных настоящей Политикой.',
    ],
    ruOnly: [
      'Қолданушы саясатта көзделген мақсат бойынша дербес ақпаратты беруге келісімін білдіреді.',
      'Пользователь выражает согласие на передачу персональной информации в целях, предусмотренных п. 3.2 настоящей Политики.',
    ],
    values: {kk: ['3.2'], ru: ['3.2']},
  },
] as const

describe('checkSection: every kind, both directions', () => {
  describe.each(cases)('$kind', ({kind, agree, kkOnly, ruOnly, values}) => {
    it('raises nothing when both columns agree', () => {
      expect(check(agree[0], agree[1])).toEqual([])
    })
    it('reports a fact that only kk states', () => {
      expect(brief(check(kkOnly[0], kkOnly[1]))).toEqual([{kind, kk: values.kk, ru: []}])
    })
    it('reports a fact that only ru states', () => {
      expect(brief(check(ruOnly[0], ruOnly[1]))).toEqual([{kind, kk: [], ru: values.ru}])
    })
  })

  it('reports a changed value on both sides of one finding', () => {
    const findings = check('Бұл саясат 2021-11-26 жылдардан бастап күшіне енеді', 'Политика вступает в силу с 26 ноября 2022 года')
    expect(brief(findings)).toEqual([{kind: 'date', kk: ['2021-11-26'], ru: ['2022-11-26']}])
    expect(findings[0]).toMatchObject({revisionId: 'rev-1', policyId: 'policy-1', version: 2, section: 's1', sectionKey: 's1'})
    expect(findings[0].kkText).toEqual(['2021-11-26'])
    expect(findings[0].ruText).toEqual(['26 ноября 2022'])
    expect(findings[0].message).toMatch(/Dates differ/)
  })

  it('compares as multisets: a number stated twice on one side only is reported once', () => {
    expect(brief(check('5 күн және 5 күн', '5 дней'))).toEqual([{kind: 'duration', kk: ['5 day'], ru: []}])
  })

  it("compares a section's own clause number in the heading", () => {
    const own = (kkHeading: string, ruHeading: string) =>
      brief(checkSection(section({kkHeading, ruHeading, kk: 'Мәтін.', ru: 'Текст.'}), context))
    expect(own('4.2. Ақпаратты беру', '4.2. Передача информации')).toEqual([])
    expect(own('4.2. Ақпаратты беру', '4.3. Передача информации')).toEqual([{kind: 'clauseRef', kk: ['4.2'], ru: ['4.3']}])
    // The number repeated at the top of the body counts once.
    expect(brief(checkSection(section({kkHeading: '4.2. Беру', ruHeading: 'Передача', kk: '4.2. Мәтін.', ru: '4.2. Текст.'}), context))).toEqual([])
  })
})

describe('checkSection: list items', () => {
  // seed 002, section 5, and a translation
  const kk = 'Біз дербес деректерді қорғау үшін шараларды қабылдаймыз, соның ішінде:\n- Деректерді тасымалдау кезінде шифрлау\n- Қауіпсіздік жүйелерін үнемі жаңартып отыру\n- Дербес деректерге қолжетімділікті шектеу\n- Қауіпсіздік жүйелеріне мониторинг жасау'
  const ru = 'Мы принимаем меры для защиты персональных данных, в том числе:\n- Шифрование данных при передаче\n- Регулярное обновление систем безопасности\n- Ограничение доступа к персональным данным\n- Мониторинг систем безопасности'
  const dropLast = (text: string) => text.split('\n').slice(0, -1).join('\n')

  it('raises nothing when both columns list as many items', () => {
    expect(check(kk, ru)).toEqual([])
  })
  it('reports kk listing more items', () => {
    expect(brief(check(kk, dropLast(ru)))).toEqual([{kind: 'listCount', kk: ['4'], ru: ['3']}])
  })
  it('reports ru listing more items', () => {
    expect(brief(check(dropLast(kk), ru))).toEqual([{kind: 'listCount', kk: ['3'], ru: ['4']}])
  })
})

describe('checkSection: a missing language', () => {
  const kk = 'Кінә қоюды алушы күнтізбелік 30 күн ішінде 2021-11-26 бастап жазбаша хабарлайды, 3.2-тармақ.'
  it('reports a column without text once, not as a pile of mismatches', () => {
    expect(brief(check(kk, undefined))).toEqual([{kind: 'missingLanguage', kk: [], ru: []}])
    expect(check(kk, undefined)[0].missing).toEqual({locale: 'ru', part: 'section'})
    expect(check(undefined, 'Текст 30 дней.')[0].missing).toEqual({locale: 'kk', part: 'section'})
    expect(check(kk, '   ')[0].missing).toEqual({locale: 'ru', part: 'section'})
  })
  it('is silent when both columns are empty', () => {
    expect(check(undefined, undefined)).toEqual([])
    expect(check('', '')).toEqual([])
  })
  it('reports a body missing under a translated heading, and compares only the headings', () => {
    const findings = checkSection(section({kkHeading: '8.2. Даулар', ruHeading: '8.2. Споры', kk}), context)
    expect(brief(findings)).toEqual([{kind: 'missingLanguage', kk: [], ru: []}])
    expect(findings[0].missing).toEqual({locale: 'ru', part: 'body'})
  })
})

describe('checkSection: text that legitimately differs', () => {
  it.each([
    ['Latin words in one column', 'E-karlygash қосымшасы cookies файлдарын пайдаланбайды.', 'Приложение E-karlygash не использует куки.'],
    ['spelled numbers in brackets', 'күнтізбелік он (10) күн бұрын', 'за 10 (десяти) календарных дней'],
    ['a number word against digits', 'он күн ішінде екі дана', 'в течение 10 дней в 2 экземплярах'],
    ['an implied one', '1 ай ішінде', 'в течение месяца'],
    ['month names', '2013 жылғы 21 мамырдағы', '21.05.2013'],
    ['phone formats', 'Тел.: +7 (727) 123-45-67', 'Тел.: 8 727 1234567'],
    ['a clause read as a decimal', 'саясаттың 5.2- және 5.3-тармақтарында', 'в 5.2 и 5.3 настоящей Политики'],
    ['localized links', 'https://site.kz/kk/privacy', 'https://site.kz/ru/privacy'],
    ['an o’clock hour', 'сағат 10-да', 'в 10 часов'],
    ['a kind suffix on an order number', '№ 12-ө бұйрық', 'приказ № 12-р'],
    ['Kazakh age and Russian years', '18 жасқа толмаған тұлғалар', 'лица, не достигшие 18 лет'],
  ])('%s', (_what, kk, ru) => {
    expect(check(kk, ru)).toEqual([])
  })

  it('counts an address once when it is both the text and the target of a link', () => {
    const kk = section({kk: 'karlygash.events@gmail.com', ru: 'Пишите на karlygash.events@gmail.com'})
    kk.body.kk![0].markDefs = [{_type: 'link', _key: 'l1', href: 'mailto:karlygash.events@gmail.com'}]
    kk.body.kk![0].children[0].marks = ['l1']
    expect(checkSection(kk, context)).toEqual([])
  })

  it('compares the targets of links whose text differs', () => {
    const s = section({kk: 'Толығырақ осы жерде', ru: 'Подробнее здесь'})
    s.body.kk = blocks('Толығырақ осы жерде')
    s.body.kk[0].markDefs = [{_type: 'link', _key: 'l1', href: 'https://a.kz/terms'}]
    s.body.ru![0].markDefs = [{_type: 'link', _key: 'l1', href: 'https://b.kz/terms'}]
    expect(brief(checkSection(s, context))).toEqual([{kind: 'url', kk: ['a.kz/terms'], ru: ['b.kz/terms']}])
  })
})

// Phrasings met in published Kazakh policies (kk as published, ru as the usual Russian wording).
describe('checkSection: real-world phrasings', () => {
  it.each([
    [
      'WordPress cookie notice',
      'Кіру үшін куки екі күн бойы әрекет етеді, ал экран параметрлері үшін куки бір жыл бойы әрекет етеді. Егер сіз «Мені есте сақта» опциясын таңдасаңыз, кіруіңіз екі апта бойы әрекет етеді.',
      'Куки входа хранятся два дня, а куки настроек экрана — год. Если вы выберете «Запомнить меня», вход будет сохраняться в течение двух недель.',
    ],
    [
      'two laws with dates and numbers',
      'Дербес деректерді өңдеу «Дербес деректер және оларды қорғау туралы» 2013 жылғы 21 мамырдағы № 94-V Қазақстан Республикасының Заңына, «Ақпараттандыру туралы» Қазақстан Республикасының 2015 жылғы 24 қарашадағы № 418 -V Заңы сәйкес жүзеге асырылады. Сайт - www.sergekvms.kz, БСН 230440900088.',
      'Обработка персональных данных осуществляется в соответствии с Законом РК от 21.05.2013 г. № 94-V «О персональных данных и их защите», Законом РК от 24 ноября 2015 года № 418-V «Об информатизации». Сайт – sergekvms.kz, БИН 230440900088.',
    ],
    ['an age in words', 'Тұтынушы – жиырма бір жасқа толған жеке тұлға', 'Потребитель – физическое лицо, достигшее 21 года'],
    ['an order and its appendix', '8.11.2022 ж. № 226 Бұйрығына №1 Қосымша', 'Приложение № 1 к Приказу от 08.11.2022 № 226'],
    ['a date range', '2024 жылғы 1-15 қаңтар аралығында', 'с 1 по 15 января 2024 года'],
    ['an address', '050040, Алматы қ., Айманов к-сі, 68, 78-кеңсе', '(050040) г. Алматы, ул. Айманова, 68, офис 78'],
  ])('%s', (_what, kk, ru) => {
    expect(check(kk, ru)).toEqual([])
  })
})
