// The importer on small sources built for one behaviour each (the seeds cover the combinations).
import {describe, expect, it} from 'vitest'
import {sectionKey} from './keys'
import {bodyTexts, importPolicy, importText, sectionsOf} from './test-exports'

const utf8 = (text: string) => new TextEncoder().encode(text)

describe('languages interleaved in chunks', () => {
  const source = [
    '1. Общие положения',
    '1.1. Настоящая политика описывает, как мы обрабатываем персональные данные пользователей, которые',
    '1. Жалпы ережелер',
    '1.1. Осы саясат біздің пайдаланушылардың дербес деректерін қалай өңдейтінімізді',
    'посещают наш сайт и пользуются его сервисами.',
    '1.2. Мы не продаём персональные данные.',
    'сипаттайды және сайттың қызметтерін пайдаланатын барлық тұлғаларға қолданылады.',
    '1.2. Біз дербес деректерді сатпаймыз.',
    '2. Контакты',
    '2.1. Пишите нам на адрес, указанный на сайте.',
    '2.2. Мы отвечаем в течение десяти рабочих дней.',
    '2. Байланыс',
    '2.1. Сайтта көрсетілген мекенжайға жазыңыз.',
  ].join('\n\n')
  const result = importText(source)
  const [first, second] = sectionsOf(result)

  it('puts each clause in the row of its number and joins the paragraphs cut by the chunks', () => {
    expect(first.heading).toEqual({kk: '1. Жалпы ережелер', ru: '1. Общие положения'})
    expect(bodyTexts(first, 'ru')).toEqual([
      '1.1. Настоящая политика описывает, как мы обрабатываем персональные данные пользователей, которые посещают наш сайт и пользуются его сервисами.',
      '1.2. Мы не продаём персональные данные.',
    ])
    expect(bodyTexts(first, 'kk')[0]).toMatch(/өңдейтінімізді сипаттайды және/)
    expect(bodyTexts(second, 'kk')).toEqual(['2.1. Сайтта көрсетілген мекенжайға жазыңыз.'])
  })

  it('warns about a clause without a partner', () => {
    expect(result.report.warnings).toContain('inline.txt:21: clause 2.2 has no kk partner')
  })
})

describe('one file per language', () => {
  it('aligns a kk file and a ru file by clause number', () => {
    const result = importPolicy(
      [
        {name: 'kk.md', bytes: utf8('# Құпиялылық саясаты\n\n1. Жалпы ережелер\n\n1.1. Біз деректерді қорғаймыз.\n\n2. Байланыс\n\n2.1. Бізге хат жазыңыз.')},
        {name: 'ru.md', bytes: utf8('# Политика конфиденциальности\n\n1. Общие положения\n\n1.1. Мы защищаем данные.\n\n2. Контакты\n\n2.1. Напишите нам.')},
      ],
      {slug: 'two-files', effectiveFrom: '2024-01-01'},
    )
    expect(result.report.title).toEqual({kk: 'Құпиялылық саясаты', ru: 'Политика конфиденциальности'})
    expect(sectionsOf(result).map((s) => [s.anchor, bodyTexts(s, 'kk'), bodyTexts(s, 'ru')])).toEqual([
      ['1', ['1.1. Біз деректерді қорғаймыз.'], ['1.1. Мы защищаем данные.']],
      ['2', ['2.1. Бізге хат жазыңыз.'], ['2.1. Напишите нам.']],
    ])
    expect(result.report.files.map((f) => f.name)).toEqual(['kk.md', 'ru.md'])
  })
})

describe('clause numbering', () => {
  it('reads a numbered list inside a clause as a list, not as repeated clauses', () => {
    const result = importText('1. Общие положения\n\n1.1. Мы собираем следующие данные:\n\n1. имя пользователя;\n\n2. адрес электронной почты.\n\n2. Цели обработки\n\n2.1. Данные нужны для работы сайта.')
    const sections = sectionsOf(result)
    expect(sections.map((s) => s.anchor)).toEqual(['1', '2'])
    const items = sections[0].body.ru!.filter((block) => block.listItem === 'number')
    expect(items.map((block) => block.children[0].text)).toEqual(['имя пользователя;', 'адрес электронной почты.'])
  })

  it('reads "1. …" under an unnumbered heading as a list, not as a clause', () => {
    const result = importText('## Какие данные мы собираем\n\n1. Имя и фамилию.\n2. Адрес электронной почты.\n\n## Как мы их храним\n\nВ зашифрованном виде на серверах в Казахстане.')
    expect(sectionsOf(result).map((s) => s.anchor)).toEqual(['kakie-dannye-my-sobiraem', 'kak-my-ikh-khranim'])
    expect(sectionsOf(result)[0].body.ru!.map((b) => [b.listItem, b.children[0].text])).toEqual([
      ['number', 'Имя и фамилию.'],
      ['number', 'Адрес электронной почты.'],
    ])
  })

  it('cuts a table of contents that repeats the clause headings, and reports it', () => {
    const result = importText('Содержание\n\n1. Общие положения\n2. Цели обработки\n3. Контакты\n\n1. Общие положения\n\n1.1. Политика действует для всех пользователей сайта.\n\n2. Цели обработки\n\n2.1. Данные нужны для работы сайта.\n\n3. Контакты\n\n3.1. Пишите на адрес, указанный на сайте.')
    expect(sectionsOf(result).map((s) => [s.anchor, bodyTexts(s, 'ru').length])).toEqual([['1', 1], ['2', 1], ['3', 1]])
    expect(result.report.dropped.map((d) => [d.line, d.reason])).toEqual([[1, 'table of contents'], [3, 'table of contents'], [4, 'table of contents'], [5, 'table of contents']])
  })

  it('keeps Markdown sub-clause headings in the body, in bold', () => {
    const result = importText('# Политика конфиденциальности\n\n## 1. Общие положения\n\n### 1.1. Кто мы\n\nМы — демо-организация, которая обрабатывает данные.')
    const [section] = sectionsOf(result)
    expect(section.heading).toEqual({ru: '1. Общие положения'})
    expect(section.body.ru![0].children).toMatchObject([{text: '1.1. Кто мы', marks: ['strong']}])
    expect(result.report.sections[0].clauses.ru).toEqual(['1', '1.1'])
  })

  it('does not split sentences off top-level clauses when the text has no clean headings', () => {
    const result = importText('1. Настоящая Политика определяет порядок обработки персональных данных Пользователей сайта.\n\n2. Оператор обрабатывает данные Пользователя только с его согласия и в указанных целях.')
    const [first] = sectionsOf(result)
    expect(first.heading).toEqual({})
    expect(bodyTexts(first, 'ru')).toEqual(['1. Настоящая Политика определяет порядок обработки персональных данных Пользователей сайта.'])
  })

  it('derives section keys from the clause number, not the text', () => {
    const a = sectionsOf(importText('1. Общие положения\n\n1.1. Первая редакция пункта о хранении данных.'))
    const b = sectionsOf(importText('1. Общие положения (изменено)\n\n1.1. Вторая, совсем другая редакция пункта.'))
    expect(a[0]._key).toBe(b[0]._key)
    expect(a[0]._key).toBe(sectionKey('1'))
  })
})

describe('unnumbered headings', () => {
  it('pairs kk and ru headings by order and names anchors after the kk heading', () => {
    const result = importText('ОБЩИЕ ПОЛОЖЕНИЯ\n\nМы бережно относимся к персональным данным наших пользователей.\n\nЖАЛПЫ ЕРЕЖЕЛЕР\n\nБіз пайдаланушыларымыздың дербес деректеріне мұқият қараймыз.')
    const [section] = sectionsOf(result)
    expect(section.anchor).toBe('zhalpy-erezheler')
    expect(section.heading).toEqual({kk: 'ЖАЛПЫ ЕРЕЖЕЛЕР', ru: 'ОБЩИЕ ПОЛОЖЕНИЯ'})
  })
})

describe('a whole HTML page', () => {
  const page = `<!DOCTYPE html><html><head><title>x</title><script>var a = 1</script></head><body>
<nav><a href="/">Главная</a> <a href="/about">О нас</a></nav>
<h1>Политика конфиденциальности</h1>
<h2>1. Общие положения</h2>
<p>1.1. Мы <em>никогда</em> не продаём данные. Подробнее на <a href="https://example.org/privacy">сайте</a>,
<a href="javascript:alert(1)">здесь</a>, по почте <a href="mailto:dpo@example.org">dpo@example.org</a>.</p>
<ul><li>один пункт списка</li><li>второй пункт<ul><li>вложенный пункт</li></ul></li></ul>
<footer>© 2024 Пример</footer>
</body></html>`
  const result = importText(page, {}, 'page.html')
  const [section] = sectionsOf(result)
  const [paragraph, ...items] = section.body.ru!

  it('takes the title from <h1> and drops navigation, reporting it', () => {
    expect(result.report.title).toEqual({ru: 'Политика конфиденциальности'})
    expect(JSON.stringify(result.documents)).not.toMatch(/Главная|© 2024|var a/)
    expect(result.report.dropped.map((d) => d.reason)).toEqual(['<nav> is site navigation', '<footer> is site navigation'])
  })

  it('keeps emphasis and http(s)/mailto links, drops a javascript: link with a warning', () => {
    expect(paragraph.children.find((span) => span.text === 'никогда')?.marks).toEqual(['em'])
    expect(paragraph.markDefs!.map((def) => def.href)).toEqual(['https://example.org/privacy', 'mailto:dpo@example.org'])
    expect(paragraph.children.map((span) => span.text).join('')).toContain('здесь')
    expect(result.report.warnings.some((w) => /link "javascript:alert\(1\)" dropped/.test(w))).toBe(true)
    for (const span of paragraph.children) {
      for (const mark of span.marks ?? []) expect(['em', 'strong', ...paragraph.markDefs!.map((d) => d._key)]).toContain(mark)
    }
  })

  it('keeps bullet lists with their levels', () => {
    expect(items.map((b) => [b.listItem, b.level, b.children[0].text])).toEqual([
      ['bullet', 1, 'один пункт списка'],
      ['bullet', 1, 'второй пункт'],
      ['bullet', 2, 'вложенный пункт'],
    ])
  })
})
