// The test corpus: the layouts legal teams in Kazakhstan keep their bilingual policies in, each built from the
// texts in texts.ts, with what the importer must make of it. `npx tsx scripts/import/corpus/generate.ts`
// writes them to fixtures/ (to try with `npm run import`); corpus.test.ts checks the fixtures are current and
// that every clause lands in one row, kk text on the kk side, ru text on the ru side.
import {b, docx, p, tab, type Block, type Cell, type Numbering, type Paragraph, type Row} from './docx-writer'
import {encodeSingleByte, encodeUtf16le, kazakhAsReferences} from './encode'
import {allClauses, COOKIE_ARTICLES, COOKIES, cyrillicRoman, PRIVACY, ROMAN, type Clause, type Policy} from './texts'

export type Expected = {
  /** Clauses that must land in one row with both texts; default: every clause of the policy. */
  aligned: Clause[]
  /** Clauses present in one language only (the other text is missing from the document). */
  oneLanguage?: {number: string; kk?: string; ru?: string}[]
  effectiveFrom: string
  encoding: string
  /** Warnings the report must hold (the defects the document was built with). */
  warnings?: RegExp[]
}

export type CorpusDocument = {file: string; layout: string; bytes: Uint8Array; expected: Expected}

const utf8 = (text: string) => new TextEncoder().encode(text)
const both = (policy: Policy, effectiveFrom: string, encoding: string, more: Partial<Expected> = {}): Expected => ({aligned: allClauses(policy), effectiveFrom, encoding, ...more})

// --- Word (.docx) --------------------------------------------------------------------------------------------

/** Issue #13's first file: title, date line, a kk | ru table with a header row, bold section rows, kk "1.1)". */
function docxTableKkRu(): Uint8Array {
  const rows: Row[] = [{header: true, cells: [{paras: [p(b('Қазақ тілінде'))]}, {paras: [p(b('На русском языке'))]}]}]
  for (const section of PRIVACY.sections) {
    rows.push({cells: [{paras: [p(b(`${section.number}. ${section.heading.kk}`))]}, {paras: [p(b(`${section.number}. ${section.heading.ru}`))]}]})
    for (const c of section.clauses) rows.push({cells: [{paras: [p(`${c.number}) ${c.kk}`)]}, {paras: [p(`${c.number}. ${c.ru}`)]}]})
  }
  return docx([
    {...p(b(`${PRIVACY.title.kk} / ${PRIVACY.title.ru}`)), align: 'center'},
    p(`${PRIVACY.date.kk} / ${PRIVACY.date.ru}`),
    {rows},
  ])
}

/** ru | kk, no header row, section headings in merged rows, bold numbers followed by a tab. */
function docxTableRuKkMerged(): Uint8Array {
  const rows: Row[] = []
  for (const section of PRIVACY.sections) {
    // Two headings as two paragraphs of the merged cell for the first sections, one "ru / kk" line after.
    const heading = Number(section.number) <= 2
      ? [p(b(`${section.number}. ${section.heading.ru}`)), p(b(`${section.number}. ${section.heading.kk}`))]
      : [p(b(`${section.number}. ${section.heading.ru} / ${section.heading.kk}`))]
    rows.push({cells: [{paras: heading, span: 2}]})
    for (const c of section.clauses) rows.push({cells: [{paras: [p(b(`${c.number}.`), tab, c.ru)]}, {paras: [p(b(`${c.number}.`), tab, c.kk)]}]})
  }
  return docx([p(b(PRIVACY.title.ru)), p(b(PRIVACY.title.kk)), p(PRIVACY.date.ru), p(PRIVACY.date.kk), {rows}])
}

const OUTLINE: Numbering = {
  abstracts: [{id: 0, levels: [{format: 'decimal', text: '%1.'}, {format: 'decimal', text: '%1.%2.'}]}],
  nums: [{id: 1, abstract: 0}, {id: 2, abstract: 0, restart: true}],
}

/** The whole kk text, then the whole ru text; headings and clauses numbered by a Word list, not in the text. */
function docxListsSequential(): Uint8Array {
  const part = (locale: 'kk' | 'ru', num: number): Block[] => [
    {...p(PRIVACY.title[locale]), style: 'Title'},
    p(PRIVACY.date[locale]),
    ...PRIVACY.sections.flatMap((section): Paragraph[] => [
      {...p(section.heading[locale]), style: 'Heading1', num: {id: num, level: 0}},
      ...section.clauses.map((c): Paragraph => ({...p(c[locale]), num: {id: num, level: 1}})),
    ]),
  ]
  return docx([...part('kk', 1), ...part('ru', 2)], OUTLINE)
}

const COLUMN_LISTS: Numbering = {
  abstracts: [{id: 1, levels: [{format: 'decimal', text: '%1.'}]}, {id: 2, levels: [{format: 'decimal', text: '%1.'}]}],
  nums: [{id: 3, abstract: 1}, {id: 4, abstract: 2}],
}

/** Cookie rules in a table: Roman chapters in merged rows, each column's clauses a Word list running through. */
function docxTableListCells(): Uint8Array {
  const rows: Row[] = [{header: true, cells: [{paras: [p(b('Мемлекеттік тілде'))]}, {paras: [p(b('На русском языке'))]}]}]
  COOKIES.sections.forEach((section, i) => {
    const roman = ROMAN[i]
    rows.push({cells: [{span: 2, paras: [p(b(`${cyrillicRoman(roman)}. ${section.heading.kk.toUpperCase()}`)), p(b(`${roman}. ${section.heading.ru.toUpperCase()}`))]}]})
    for (const c of section.clauses) {
      rows.push({cells: [{paras: [{...p(c.kk), num: {id: 3, level: 0}}]}, {paras: [{...p(c.ru), num: {id: 4, level: 0}}]}]})
    }
  })
  return docx([{...p(COOKIES.title.kk), style: 'Title'}, {...p(COOKIES.title.ru), style: 'Title'}, p(COOKIES.date.kk), p(COOKIES.date.ru), {rows}], COLUMN_LISTS)
}

/** Three columns, "№ | Қазақша | Русский": the clause number only in the first, no Word header row. */
function docxNumberColumn(): Uint8Array {
  const rows: Row[] = [{cells: [{paras: [p(b('№'))]}, {paras: [p(b('Қазақша'))]}, {paras: [p(b('Русский'))]}]}]
  for (const section of PRIVACY.sections) {
    rows.push({cells: [{paras: [p(b(section.number))]}, {paras: [p(b(section.heading.kk))]}, {paras: [p(b(section.heading.ru))]}]})
    for (const c of section.clauses) rows.push({cells: [{paras: [p(c.number)]}, {paras: [p(c.kk)]}, {paras: [p(c.ru)]}]})
  }
  return docx([p(b(PRIVACY.title.kk)), p(b(PRIVACY.title.ru)), p(PRIVACY.date.kk), {rows}])
}

/** Defects a real table holds: ru 2.3 numbered 2.2 again, no kk text for 3.2, kk 4.1 and 4.2 swapped. */
function docxTableDefects(): Uint8Array {
  const rows: Row[] = [{header: true, cells: [{paras: [p(b('KZ'))]}, {paras: [p(b('RU'))]}]}]
  for (const section of PRIVACY.sections) {
    rows.push({cells: [{paras: [p(b(`${section.number}. ${section.heading.kk}`))]}, {paras: [p(b(`${section.number}. ${section.heading.ru}`))]}]})
    const clauses = section.number === '4' ? [section.clauses[1], section.clauses[0], section.clauses[2]] : section.clauses
    clauses.forEach((c, i) => {
      const kk: Cell = c.number === '3.2' ? {paras: []} : {paras: [p(`${c.number}. ${c.kk}`)]}
      const ruNumber = c.number === '2.3' ? '2.2' : section.number === '4' ? section.clauses[i].number : c.number
      const ruText = section.number === '4' ? section.clauses[i].ru : c.ru
      rows.push({cells: [kk, {paras: [p(`${ruNumber}. ${ruText}`)]}]})
    })
  }
  return docx([p(b(PRIVACY.title.kk)), p(b(PRIVACY.title.ru)), p(PRIVACY.date.ru), {rows}])
}

// --- HTML saved by Word --------------------------------------------------------------------------------------

const WORD_HEAD = (charset: string) => `<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=${charset}">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<title>Policy</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>Editor</o:Author>
 </o:DocumentProperties>
</xml><![endif]-->
<style>
<!--
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;font-size:12.0pt;font-family:"Times New Roman",serif;}
-->
</style>
</head>

<body lang=RU style='tab-interval:35.4pt'>

<div class=WordSection1>
`

/** Word wraps its HTML source at about 76 characters, inside text and tags alike. */
function wordWrap(html: string): string {
  return html.split('\n').map((line) => {
    const out: string[] = []
    let rest = line
    while (rest.length > 76) {
      const cut = rest.lastIndexOf(' ', 76)
      if (cut <= 0) break
      out.push(rest.slice(0, cut))
      rest = rest.slice(cut + 1)
    }
    out.push(rest)
    return out.join('\n')
  }).join('\n')
}

const cell = (lang: 'KZ' | 'RU', inner: string) => `  <td width=319 valign=top style='width:239.25pt;border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>
  <p class=MsoNormal style='text-align:justify'>${inner}<span lang=${lang}><o:p></o:p></span></p>
  </td>`

/** Issue #13's second file: windows-1251, Kazakh letters as numeric references, "&nbsp;" after numbers. */
function wordHtml1251(): Uint8Array {
  const rows: string[] = []
  const row = (kk: string, ru: string, index: number) => `<tr style='mso-yfti-irow:${index}'>\n${cell('KZ', kk)}\n${cell('RU', ru)}\n</tr>`
  for (const section of PRIVACY.sections) {
    rows.push(row(`<b><span lang=KZ style='mso-ansi-language:KZ'>${section.number}.&nbsp;${section.heading.kk}</span></b>`, `<b><span lang=RU>${section.number}.&nbsp;${section.heading.ru}</span></b>`, rows.length))
    for (const c of section.clauses) {
      rows.push(row(`<span lang=KZ style='mso-ansi-language:KZ'>${c.number}.&nbsp;${c.kk}</span>`, `<span lang=RU>${c.number}.&nbsp;${c.ru}</span>`, rows.length))
    }
  }
  const body = `<p class=MsoNormal align=center style='text-align:center'><b><span lang=KZ style='mso-ansi-language:KZ'>${PRIVACY.title.kk.toUpperCase()}<o:p></o:p></span></b></p>

<p class=MsoNormal align=center style='text-align:center'><b><span lang=RU>${PRIVACY.title.ru.toUpperCase()}<o:p></o:p></span></b></p>

<p class=MsoNormal><span lang=KZ style='mso-ansi-language:KZ'>${PRIVACY.date.kk}<span style='mso-tab-count:1'>&nbsp;&nbsp;&nbsp; </span>${PRIVACY.date.ru}<o:p></o:p></span></p>

<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0
 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt'>
${rows.join('\n')}
</table>

<p class=MsoNormal><span lang=RU><o:p>&nbsp;</o:p></span></p>

</div>

</body>

</html>
`
  return encodeSingleByte(kazakhAsReferences(wordWrap(WORD_HEAD('windows-1251') + body)), 'windows-1251')
}

/** Cookie rules saved by Word as UTF-8 HTML: kk then ru, clause numbers in Word's list markup. */
function wordHtmlLists(): Uint8Array {
  const listItem = (lang: string, number: string, text: string, list: number) =>
    `<p class=MsoListParagraph style='margin-left:18.0pt;text-indent:-18.0pt;mso-list:l${list} level1 lfo${list + 1}'><![if !supportLists]><span lang=${lang}><span style='mso-list:Ignore'>${number}.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span lang=${lang}>${text}<o:p></o:p></span></p>`
  const part = (locale: 'kk' | 'ru', lang: string, list: number) => [
    `<h1 align=center style='text-align:center'><span lang=${lang}>${COOKIES.title[locale]}<o:p></o:p></span></h1>`,
    `<p class=MsoNormal><span lang=${lang}>${COOKIES.date[locale]}<o:p></o:p></span></p>`,
    ...COOKIES.sections.flatMap((section, i) => [
      `<h2><span lang=${lang}>${locale === 'kk' ? cyrillicRoman(ROMAN[i]) : ROMAN[i]}. ${section.heading[locale]}<o:p></o:p></span></h2>`,
      ...section.clauses.map((c) => listItem(lang, c.number, c[locale], list)),
    ]),
  ]
  const body = [...part('kk', 'KZ', 0), ...part('ru', 'RU', 1)].join('\n\n')
  return utf8(wordWrap(`${WORD_HEAD('utf-8')}${body}\n\n</div>\n\n</body>\n\n</html>\n`))
}

// --- Text ----------------------------------------------------------------------------------------------------

/** Issue #13's third file: every clause "1.1. RU: …" on one line and "KZ: …" on the next, no blank lines. */
function labelledLines(): Uint8Array {
  const lines = [`RU: ${PRIVACY.title.ru}`, `KZ: ${PRIVACY.title.kk}`, `RU: ${PRIVACY.date.ru}`, `KZ: ${PRIVACY.date.kk}`]
  for (const section of PRIVACY.sections) {
    lines.push(`${section.number}. RU: ${section.heading.ru}`, `KZ: ${section.heading.kk}`)
    for (const c of section.clauses) lines.push(`${c.number}. RU: ${c.ru}`, `KZ: ${c.kk}`)
  }
  return utf8(lines.join('\n') + '\n')
}

/** Every other label, before and after the number, either language first; UTF-16 with a BOM, CRLF lines. */
function labelledVariants(): Uint8Array {
  const lines = [`ҚАЗ: ${PRIVACY.title.kk}`, `РУС: ${PRIVACY.title.ru}`, `ҚАЗ: ${PRIVACY.date.kk}`, `РУС: ${PRIVACY.date.ru}`, '']
  const styles: ((c: {number: string; kk: string; ru: string}) => string[])[] = [
    (c) => [`ҚАЗ: ${c.number}.\u00a0${c.kk}`, `РУС: ${c.number}.\u00a0${c.ru}`],
    (c) => [`Рус. ${c.number}\t${c.ru}`, `Қаз. ${c.number}\t${c.kk}`],
    (c) => [`${c.number}. KK: ${c.kk}`, `RU: ${c.ru}`],
    (c) => [`KAZ: ${c.number} ${c.kk}`, `RU: ${c.number} ${c.ru}`],
  ]
  PRIVACY.sections.forEach((section, i) => {
    const style = styles[i % styles.length]
    lines.push(...style({number: section.number, kk: section.heading.kk, ru: section.heading.ru}), '')
    for (const c of section.clauses) lines.push(...style(c), '')
  })
  return encodeUtf16le(lines.join('\r\n'))
}

/** Issue #13's fourth file (it worked): Markdown, the whole kk text, then the whole ru text. */
function sequentialMarkdown(): Uint8Array {
  const part = (locale: 'kk' | 'ru') => [
    `# ${PRIVACY.title[locale]}`,
    PRIVACY.date[locale],
    ...PRIVACY.sections.flatMap((section) => [`## ${section.number}. ${section.heading[locale]}`, ...section.clauses.map((c) => `${c.number}. ${c[locale]}`)]),
  ]
  return utf8([...part('kk'), ...part('ru')].join('\n\n') + '\n')
}

/** Cookie rules in KZ-1048, kk then ru, Roman chapters (Cyrillic "І" in the kk text), clauses 1 … 10. */
function kz1048Text(): Uint8Array {
  const part = (locale: 'kk' | 'ru') => [
    COOKIES.title[locale].toUpperCase(),
    COOKIES.date[locale],
    ...COOKIES.sections.flatMap((section, i) => [
      `${locale === 'kk' ? cyrillicRoman(ROMAN[i]) : ROMAN[i]}. ${section.heading[locale].toUpperCase()}`,
      ...section.clauses.map((c) => `${c.number}. ${c[locale]}`),
    ]),
  ]
  return encodeSingleByte([...part('kk'), '', ...part('ru')].join('\r\n') + '\r\n', 'kz-1048')
}

/** The cookie rules as articles: "1-бап." / "Статья 1.", clauses restarting at 1 in every article. */
function articlesText(): Uint8Array {
  const part = (locale: 'kk' | 'ru') => [
    COOKIE_ARTICLES.title[locale],
    ...COOKIE_ARTICLES.sections.flatMap((section) => [
      locale === 'kk' ? `${section.number}-бап. ${section.heading.kk}` : `Статья ${section.number}. ${section.heading.ru}`,
      ...section.clauses.map((c, i) => `${i + 1}. ${c[locale]}`),
    ]),
    COOKIE_ARTICLES.date[locale],
  ]
  return utf8([...part('kk'), ...part('ru')].join('\n\n') + '\n')
}

/** Clause numbers as references ("п. 1.1." / "1.1-тармақ."), Roman sections, the languages alternating by section. */
function clauseReferences(): Uint8Array {
  const lines = [`# ${PRIVACY.title.kk}`, `# ${PRIVACY.title.ru}`, PRIVACY.date.ru]
  PRIVACY.sections.forEach((section, i) => {
    lines.push(`**${cyrillicRoman(ROMAN[i])}. ${section.heading.kk.toUpperCase()}**`)
    for (const c of section.clauses) lines.push(`**${c.number}-тармақ.** ${c.kk}`)
    lines.push(`**${ROMAN[i]}. ${section.heading.ru.toUpperCase()}**`)
    for (const c of section.clauses) lines.push(`**п. ${c.number}.** ${c.ru}`)
  })
  return utf8(lines.join('\n\n') + '\n')
}

/** Numbering defects in plain text: ru heading 3 written "2.", kk 2.3 written "2.4", kk 3.1 without number, ru 1.3 written "3.3". */
function defectsText(): Uint8Array {
  const part = (locale: 'kk' | 'ru') => [
    PRIVACY.title[locale],
    ...PRIVACY.sections.flatMap((section) => {
      const number = locale === 'ru' && section.number === '3' ? '2' : section.number
      return [`${number}. ${section.heading[locale]}`, ...section.clauses.map((c) => {
        if (locale === 'kk' && c.number === '2.3') return `2.4. ${c.kk}`
        if (locale === 'kk' && c.number === '3.1') return c.kk
        if (locale === 'ru' && c.number === '1.3') return `3.3. ${c.ru}`
        return `${c.number}. ${c[locale]}`
      })]
    }),
  ]
  const [ruTitle, ...ruRest] = part('ru')
  return utf8([...part('kk'), ruTitle, PRIVACY.date.ru, ...ruRest].join('\n\n') + '\n')
}

const without = (policy: Policy, number: string) => allClauses(policy).filter((c) => c.number !== number)
const clauseOf = (policy: Policy, number: string) => allClauses(policy).find((c) => c.number === number)!

export const CORPUS: CorpusDocument[] = [
  {file: '01-docx-table-kk-ru.docx', layout: 'Word table, kk | ru, header row, bold section rows, kk numbers "1.1)"', bytes: docxTableKkRu(), expected: both(PRIVACY, '2024-03-01', 'docx')},
  {file: '02-docx-table-ru-kk-merged.docx', layout: 'Word table, ru | kk, no header row, merged heading rows, bold number + tab', bytes: docxTableRuKkMerged(), expected: both(PRIVACY, '2024-03-01', 'docx')},
  {file: '03-docx-lists-sequential.docx', layout: 'Word, kk text then ru text, numbers from Word list definitions (numbering.xml)', bytes: docxListsSequential(), expected: both(PRIVACY, '2024-03-01', 'docx')},
  {file: '04-docx-table-list-cells.docx', layout: 'Word table, Roman chapters in merged rows, each column a Word list running through', bytes: docxTableListCells(), expected: both(COOKIES, '2023-09-15', 'docx')},
  {file: '05-docx-number-column.docx', layout: 'Word table, "№ | Қазақша | Русский", number in its own column', bytes: docxNumberColumn(), expected: both(PRIVACY, '2024-03-01', 'docx')},
  {
    file: '06-docx-table-defects.docx',
    layout: 'Word table with defects: a ru number twice, a kk cell empty, kk rows swapped',
    bytes: docxTableDefects(),
    expected: both(PRIVACY, '2024-03-01', 'docx', {
      aligned: without(PRIVACY, '3.2'),
      oneLanguage: [{number: '3.2', ru: clauseOf(PRIVACY, '3.2').ru}],
      warnings: [/clause 2\.2 appears twice in the ru text/, /clause 3\.2 has no kk partner/, /kk clause 4\.1 .*out of order/],
    }),
  },
  {file: '07-word-html-1251.htm', layout: 'HTML saved by Word, windows-1251, Kazakh letters as &#…; references, &nbsp; after numbers', bytes: wordHtml1251(), expected: both(PRIVACY, '2024-03-01', 'windows-1251')},
  {file: '08-word-html-lists.html', layout: 'HTML saved by Word, UTF-8, kk then ru, numbers in Word list markup, Roman chapters', bytes: wordHtmlLists(), expected: both(COOKIES, '2023-09-15', 'utf-8')},
  {file: '09-labelled-lines.txt', layout: 'text, "1.1. RU: …" then "KZ: …" on the next line', bytes: labelledLines(), expected: both(PRIVACY, '2024-03-01', 'utf-8')},
  {file: '10-labelled-variants.txt', layout: 'text, UTF-16 with BOM, labels ҚАЗ:/РУС:/Рус./Қаз./KK:/KAZ: before or after the number', bytes: labelledVariants(), expected: both(PRIVACY, '2024-03-01', 'utf-16le')},
  {file: '11-sequential.md', layout: 'Markdown, the whole kk text, then the whole ru text', bytes: sequentialMarkdown(), expected: both(PRIVACY, '2024-03-01', 'utf-8')},
  {file: '12-kz1048.txt', layout: 'text in KZ-1048, kk then ru, Roman chapters, clauses 1 … 10', bytes: kz1048Text(), expected: both(COOKIES, '2023-09-15', 'kz-1048')},
  {file: '13-articles.txt', layout: 'text, "1-бап." / "Статья 1." articles, clauses restarting in each', bytes: articlesText(), expected: both(COOKIE_ARTICLES, '2023-09-15', 'utf-8')},
  {file: '14-clause-references.md', layout: 'Markdown, "1.1-тармақ." / "п. 1.1." clauses, Roman sections, languages alternating by section', bytes: clauseReferences(), expected: both(PRIVACY, '2024-03-01', 'utf-8')},
  {
    file: '15-numbering-defects.txt',
    layout: 'text with defects: a ru heading numbered like the one before, kk clauses misnumbered or unnumbered',
    bytes: defectsText(),
    expected: both(PRIVACY, '2024-03-01', 'utf-8', {
      warnings: [/section 2 appears twice in the ru text.*read as section 3/, /ru clause 3\.3 .*out of order, kept in section 1/, /kk clause 2\.4 and ru clause 2\.3 stand in the same place/, /clause 3\.1 has no kk partner/],
    }),
  },
]
