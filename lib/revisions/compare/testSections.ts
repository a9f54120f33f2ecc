// Builders for the tests beside this file (not used by the app).
import type {PortableTextBlock, Revision, Section} from '@/lib/content/types'

export const block = (text: string, extra: Partial<PortableTextBlock> = {}): PortableTextBlock => ({
  _type: 'block',
  style: 'normal',
  children: [{_type: 'span', text}],
  ...extra,
})

/** A language's heading followed by its body paragraphs; `null` leaves the language out. */
type Texts = [heading: string, ...body: string[]] | null

export function section(key: string, options: {anchor?: string; kk?: Texts; ru?: Texts} = {}): Section {
  const {anchor = key, kk = [`${key} тарау`, `${key} мәтіні`], ru = [`Раздел ${key}`, `Текст ${key}`]} = options
  return {
    key,
    anchor,
    heading: {kk: kk?.[0], ru: ru?.[0]},
    body: {kk: kk?.slice(1).map((text) => block(text)), ru: ru?.slice(1).map((text) => block(text))},
  }
}

export const revision = (version: number, sections: Section[]): Revision => ({
  id: `rev-${version}`,
  policyId: 'policy',
  version,
  effectiveFrom: `202${version}-01-01`,
  summary: {},
  requiresConsent: false,
  sections,
  hash: {all: '', kk: '', ru: ''},
})
