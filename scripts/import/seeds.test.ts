import {describe, expect, it} from 'vitest'
import {toNdjson} from './ndjson'
import {bodyTexts, importSeed, SEEDS, sectionsOf} from './test-helpers'

describe('every seed', () => {
  it.each(Object.values(SEEDS))('%s imports to the same bytes twice', (file) => {
    const first = toNdjson(importSeed(file).documents)
    expect(toNdjson(importSeed(file).documents)).toBe(first)
    expect(first).toMatch(/^{"_id":"policy-test".*\n{"_id":"policyRevision-test-v1".*\n$/)
  })
})

const anchors = (result: ReturnType<typeof importSeed>) => sectionsOf(result).map((section) => section.anchor)

describe('seed 000 (kk, Markdown headings, date in the text)', () => {
  const result = importSeed(SEEDS.eKarlygash, {effectiveFrom: undefined})

  it('finds the effective date stated in the text', () => {
    expect(result.report.effectiveFrom).toBe('2021-11-26')
    expect(result.report.effectiveSource).toMatch(/^text, .*:53$/)
  })

  it('makes a section per heading, with slug anchors, and a kk title from the first heading', () => {
    expect(anchors(result)).toEqual([
      'intro', 'aqparatty-zhinau-zhane-paidalanu', 'google-play-qyzmetteri-zhurnal', 'cookie',
      'qyzmet-korsetushiler', 'qauipsizdik', 'basqa-saittarga-siltemeler', 'osy-qupiyalylyq-sayasatyna',
    ])
    expect(result.report.title).toEqual({kk: 'Құпиялылық саясаты'})
    expect(result.report.languages).toEqual(['kk'])
    expect(result.report.warnings.some((w) => w.startsWith('missing language: no ru'))).toBe(true)
  })

  it('turns the run-on lines ending in ";" into a bullet list and keeps the mailto link', () => {
    const providers = sectionsOf(result).find((s) => s.anchor === 'qyzmet-korsetushiler')!
    const items = providers.body.kk!.filter((block) => block.listItem === 'bullet')
    expect(items.map((b) => b.children[0].text)).toEqual([
      'Біздің қызметті жеңілдету үшін;',
      'Біздің атымыздан қызмет көрсету үшін;',
      'Қызмет көрсетумен байланысты қызметтерді көрсету үшін; немесе',
      'Біздің қызметіміз қалай пайдаланылатындығын талдауға көмектесу.',
    ])
    const last = sectionsOf(result).at(-1)!.body.kk!.at(-1)!
    expect(last.markDefs).toEqual([expect.objectContaining({_type: 'link', href: 'mailto:karlygash.events@gmail.com'})])
    const linked = last.children.find((span) => span.marks?.includes(last.markDefs![0]._key))
    expect(linked?.text).toBe('karlygash.events@gmail.com')
  })
})

describe('seed 002 (kk, heading and first sentence on one line)', () => {
  const result = importSeed(SEEDS.getx)
  const sections = sectionsOf(result)

  it('has sections 1 to 10, kk only', () => {
    expect(anchors(result)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'])
    expect(sections.every((s) => s.body.kk && !s.body.ru)).toBe(true)
  })

  it('splits the heading from the first sentence', () => {
    expect(sections[0].heading.kk).toBe('1. Жалпы ережелер')
    expect(bodyTexts(sections[0], 'kk')[0]).toMatch(/^Осы Құпиялылық саясаты https:\/\/getxkz\.com\//)
    expect(sections[6].heading.kk).toBe('7. Пайдаланушылардың құқықтары')
    expect(bodyTexts(sections[6], 'kk')[0]).toBe('Пайдаланушылардың құқығы бар:')
    expect(sections[1].heading.kk).toBe('2. Терминдер мен анықтамалар')
  })

  it('keeps "-" lists as bullets and the bare URL as a link', () => {
    expect(sections[2].body.kk!.filter((b) => b.listItem === 'bullet')).toHaveLength(7)
    expect(sections[0].body.kk![0].markDefs?.[0].href).toBe('https://getxkz.com/')
  })
})

describe('seed 003 (kk, upper-case headings, three levels, scraped teasers)', () => {
  const result = importSeed(SEEDS.website)
  const sections = sectionsOf(result)

  it('has an intro and sections 1 to 9 with their clauses', () => {
    expect(anchors(result)).toEqual(['intro', '1', '2', '3', '4', '5', '6', '7', '8', '9'])
    expect(sections[1].heading.kk).toBe('1. ТЕРМИНДЕРДІҢ АНЫҚТАМАСЫ')
    expect(result.report.sections[4].clauses.kk).toEqual(['4', '4.1', ...Array.from({length: 12}, (_, i) => `4.1.${i + 1}`)])
  })

  it('drops the trailing article teasers and lists them in the report', () => {
    const all = JSON.stringify(result.documents)
    for (const teaser of ['Мақалалар', 'Тег «Далее»', 'хош иіс']) expect(all).not.toContain(teaser)
    expect(result.report.dropped.map((d) => d.text)).toContain('Мақалалар:')
    expect(result.report.dropped).toHaveLength(10)
    expect(bodyTexts(sections[9], 'kk').at(-1)).toMatch(/^9\.2\. .*күшіне енеді\.$/)
  })

  it('reads marker-less lines after "…:" ending in ";" as a bullet list', () => {
    const items = sections[3].body.kk!.filter((b) => b.listItem === 'bullet')
    expect(items.map((b) => b.children[0].text)).toContain('cookies-тен ақпарат;')
    expect(items).toHaveLength(6)
  })
})

describe('seed 004 (ru, title lines, clauses run together)', () => {
  const result = importSeed(SEEDS.mobileApp)
  const sections = sectionsOf(result)

  it('takes the title from the title lines, not into the body', () => {
    expect(result.report.title).toEqual({ru: 'Политика конфиденциальности Мобильного приложения'})
    expect(JSON.stringify(sections)).not.toContain('ПОЛИТИКА КОНФИДЕНЦИАЛЬНОСТИ')
    expect(anchors(result)).toEqual(['intro', '1', '2', '3', '4', '5', '6'])
    expect(result.report.languages).toEqual(['ru'])
  })

  it('splits "…  **2.2.** …" into two clauses, keeping the bold number', () => {
    const texts = bodyTexts(sections[2], 'ru')
    expect(texts[0]).toMatch(/^2\.1\. .*пользователем\)\.$/)
    expect(texts[1]).toMatch(/^2\.2\. Персональную информацию/)
    expect(sections[2].body.ru![1].children[0]).toMatchObject({text: '2.2.', marks: ['strong']})
    expect(result.report.sections[1].clauses.ru).toEqual(['1', '1.1', '1.1.1', '1.1.2', '1.2', '1.3'])
  })

  it('separates the heading of 5 from its sentence', () => {
    expect(sections[5].heading.ru).toBe('5. Меры, применяемые для защиты персональной информации пользователей')
    expect(bodyTexts(sections[5], 'ru')[0]).toMatch(/^МП принимает необходимые/)
    expect(sections[6].heading.ru).toBe('6. Изменение Политики конфиденциальности. Применимое законодательство')
  })
})
