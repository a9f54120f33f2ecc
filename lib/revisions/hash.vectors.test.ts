// Fixed test vectors for the content hash, serialization v1 (README, "Content hashes"). Apps store these hashes:
// if a test here fails, the serialization changed and every published hash with it. Do not update the expected
// values; a new serialization is a new version (`v2`), announced to app developers.
import {createHash} from 'node:crypto'
import {describe, expect, it} from 'vitest'
import {toSections} from '@/lib/content/reshape'
import type {PortableTextBlock, Section} from '@/lib/content/types'
import {hashSections} from './hash'

const block = (text: string, extra: Partial<PortableTextBlock> = {}): PortableTextBlock => ({
  _type: 'block',
  _key: `b-${text.length}`,
  style: 'normal',
  children: [{_type: 'span', _key: 's1', text, marks: []}],
  markDefs: [],
  ...extra,
})

const vectors: {name: string; sections: Section[]; all: string; kk: string; ru: string}[] = [
  {
    name: 'no sections',
    sections: [],
    all: 'b8f752b2efe10c480a26f5e762a4b3900bd87eebaeccba1108bb76022f94daad',
    kk: 'b8f752b2efe10c480a26f5e762a4b3900bd87eebaeccba1108bb76022f94daad',
    ru: 'b8f752b2efe10c480a26f5e762a4b3900bd87eebaeccba1108bb76022f94daad',
  },
  {
    name: 'marks: decorators sorted, one span plain',
    sections: [
      {
        key: 'k-marks',
        anchor: 'data',
        heading: {kk: 'Деректер', ru: 'Данные'},
        body: {
          kk: [
            {
              _type: 'block',
              _key: 'kb1',
              style: 'normal',
              markDefs: [],
              children: [
                {_type: 'span', _key: 'a', text: 'Біз ', marks: []},
                {_type: 'span', _key: 'b', text: 'тек қажетті', marks: ['strong', 'em']},
                {_type: 'span', _key: 'c', text: ' деректерді жинаймыз.'},
              ],
            },
          ],
          ru: [
            {
              _type: 'block',
              _key: 'rb1',
              style: 'normal',
              markDefs: [],
              children: [
                {_type: 'span', _key: 'a', text: 'Мы собираем ', marks: []},
                {_type: 'span', _key: 'b', text: 'только необходимые', marks: ['em', 'strong']},
                {_type: 'span', _key: 'c', text: ' данные.', marks: ['code']},
              ],
            },
          ],
        },
      },
    ],
    all: '08b1ed45a27e80d41974b475a11961cf05dce0e0205e8473848893843fdf085b',
    kk: '5fc5ba86b7355bbd5849f94bd272e6d7988f0414bbf40e897f77680a484e2de0',
    ru: '5bb1dc4768ec8bd0680acb7d2e6fd0c9ef0ca736386c9dfd4b531577997a7dd3',
  },
  {
    name: 'links: a link mark is its href, beside a decorator',
    sections: [
      {
        key: 'k-links',
        anchor: 'contacts',
        heading: {kk: 'Байланыс', ru: 'Контакты'},
        body: {
          kk: [
            {
              _type: 'block',
              _key: 'kb1',
              style: 'normal',
              markDefs: [
                {_type: 'link', _key: 'l1', href: 'mailto:privacy@example.kz'},
                {_type: 'link', _key: 'l2', href: 'https://example.kz/kk/privacy'},
              ],
              children: [
                {_type: 'span', _key: 'a', text: 'Жазыңыз: ', marks: []},
                {_type: 'span', _key: 'b', text: 'privacy@example.kz', marks: ['l1']},
                {_type: 'span', _key: 'c', text: ', толығырақ ', marks: []},
                {_type: 'span', _key: 'd', text: 'осында', marks: ['strong', 'l2']},
              ],
            },
          ],
          ru: [
            {
              _type: 'block',
              _key: 'rb1',
              style: 'normal',
              markDefs: [{_type: 'link', _key: 'x9', href: 'tel:+77270000000'}],
              children: [
                {_type: 'span', _key: 'a', text: 'Звоните: ', marks: []},
                {_type: 'span', _key: 'b', text: '+7 727 000 00 00', marks: ['x9']},
              ],
            },
          ],
        },
      },
    ],
    all: 'e3b7c092b36a85b03c181a07c8a7c6b26db1e8acc673dfbc8ec0b6de9b92a2ed',
    kk: 'd9b634e32e6187e91bd8e6c07deed649d93926c7965c463cfe6355cf5721314f',
    ru: '3cc42cf19eca8a2652a1bf4beff084d6baf6c7eaf5b1d8f6ce91d28966e42e74',
  },
  {
    name: 'lists with levels: bullets at levels 1 and 2, a number list without a level, a paragraph',
    sections: [
      {
        key: 'k-lists',
        anchor: 'rights',
        heading: {kk: 'Құқықтар', ru: 'Права'},
        body: {
          kk: [
            block('Сіз мыналарға құқылысыз:'),
            block('деректерге қол жеткізу', {listItem: 'bullet', level: 1}),
            block('түзету', {listItem: 'bullet', level: 2}),
            block('жою', {listItem: 'number'}),
          ],
          ru: [
            block('Вы вправе:'),
            block('получить доступ к данным', {listItem: 'bullet', level: 1}),
            block('исправить', {listItem: 'bullet', level: 2}),
            block('удалить', {listItem: 'number'}),
          ],
        },
      },
    ],
    all: 'a4b993c506c26a4b14510b9f1791ad68a3cb1f8bd1b79140d2bb052d8005e75c',
    kk: '2b90ddb3c1b336cdac9820da9ab54e8acecca65d808f9264d938987384a53610',
    ru: 'e10374c80dc5a16fe224d061eff6f74bb66b13b0e15f386e69ed9a1104e7371d',
  },
  {
    name: 'headings: block styles h3 and blockquote, two sections in order',
    sections: [
      {
        key: 'k-h1',
        anchor: 'general',
        heading: {kk: 'Жалпы ережелер', ru: 'Общие положения'},
        body: {
          kk: [block('Мақсаттар', {style: 'h3'}), block('Осы саясат…')],
          ru: [block('Цели', {style: 'h3'}), block('Настоящая политика…')],
        },
      },
      {
        key: 'k-h2',
        anchor: 'terms',
        heading: {kk: 'Терминдер', ru: 'Термины'},
        body: {kk: [block('«Дерек» — кез келген ақпарат.', {style: 'blockquote'})], ru: [block('«Данные» — любая информация.', {style: 'blockquote'})]},
      },
    ],
    all: '2450307c64a3349869ec7010c533c6c607a626504ff0532962556ebf31d21e83',
    kk: '0c4d7744e739543530e4419819ccd05c79f32bdf7452ab014f83bf423028b91e',
    ru: 'c4fa47c8b02e95a064be03a4a6b92552e6ce29c3ebfaf797735670f813d9acf9',
  },
  {
    name: 'a missing language: ru has no heading and no body',
    sections: [
      {
        key: 'k-kk-only',
        anchor: 'cookies',
        heading: {kk: 'Cookie файлдары'},
        body: {kk: [block('Біз cookie файлдарын қолданамыз.')]},
      },
      {
        key: 'k-both',
        anchor: 'storage',
        heading: {kk: 'Сақтау', ru: 'Хранение'},
        body: {kk: [block('3 жыл.')], ru: [block('3 года.')]},
      },
    ],
    all: '9b6678195c07b19b33b72e1145f2fc7d2fe3feb04b29133d1d1e1f0938b2facd',
    kk: '1e109654538510aa355c6b367e55576b343a01c0afb3f864f197576a0be3f4c7',
    ru: '633fd011e56ee920191a74f0c8dafaf1816e2d928043e4940cb0c2a3978f183f',
  },
  {
    name: 'a section without anchor: the reshape gives it its key',
    sections: toSections(
      [
        {
          _key: 'Sec7Key',
          heading: {kk: 'Өзгерістер', ru: 'Изменения'},
          body: {kk: [block('Біз хабарлаймыз.')], ru: [block('Мы сообщим.')]},
        },
      ],
      'policyRevision-vectors-v1',
    ),
    all: 'b81a97ef9cf08e95b40c540cbc311b56dd4ec5dbe42691e57f416ebdc8149f89',
    kk: '0c600f7574a65b1eabf8b98ec822392fbcde310ea34370da011ecfe2373bac00',
    ru: '6d6a2ca3d79179919912cc76f7d3d62c8349f02d3b4798edd834b4f8a657cf23',
  },
]

describe('content hash v1: fixed vectors', () => {
  for (const vector of vectors) {
    it(vector.name, () => {
      expect(hashSections(vector.sections)).toEqual({all: vector.all, kk: vector.kk, ru: vector.ru})
    })
  }

  it('a section without anchor is hashed under its key, lower-cased', () => {
    expect(vectors.at(-1)!.sections.map((section) => section.anchor)).toEqual(['sec7key'])
  })

  it('is SHA-256 of the documented JSON, written out here for one revision', () => {
    const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')
    const links = vectors[2]
    expect(links.kk).toBe(
      sha256(
        '["v1",[["contacts",[["kk","Байланыс",[{"style":"normal","list":null,"level":0,"spans":[["Жазыңыз: ",[]],["privacy@example.kz",["link:mailto:privacy@example.kz"]],[", толығырақ ",[]],["осында",["link:https://example.kz/kk/privacy","strong"]]]}]]]]]]',
      ),
    )
  })
})
