// Preview titles and subtitles for the Studio lists. Pure, so they are tested without a Studio.
import type {Localized} from '../../lib/content/types'
import {blocksText, type SectionValue} from './sectionValue'
import {revisionCompleteness} from './validation/languages'

const clip = (text: string, max = 80) => (text.length > max ? `${text.slice(0, max - 1)}…` : text)
const mark = (complete: boolean) => (complete ? '✓' : '✗')

/** A section row: the heading in both languages, or the first words of the text when it has no heading. */
export function sectionPreview(section: SectionValue): {title: string; subtitle: string} {
  const line = (locale: 'kk' | 'ru') => {
    const text = section.heading?.[locale]?.trim() || blocksText(section.body?.[locale]).trim().split('\n')[0]
    return text ? clip(text) : `(no ${locale})`
  }
  const anchor = section.anchor ? `#${section.anchor} ` : ''
  return {title: `${anchor}kk: ${line('kk')}`, subtitle: `ru: ${line('ru')}`}
}

export type RevisionPreviewInput = {
  version?: number
  effectiveFrom?: string
  policyTitle?: Localized<string>
  requiresConsent?: boolean
  sections?: SectionValue[]
}

export function revisionPreview(input: RevisionPreviewInput): {title: string; subtitle: string} {
  const version = typeof input.version === 'number' ? `v${input.version}` : 'v?'
  const date = input.effectiveFrom ? `from ${input.effectiveFrom}` : 'no date yet'
  const complete = revisionCompleteness(input.sections)
  const policy = input.policyTitle?.kk || input.policyTitle?.ru
  const parts = [
    `kk ${mark(complete.kk)} ru ${mark(complete.ru)}`,
    input.requiresConsent ? 'asks consent again' : undefined,
    policy,
  ]
  return {title: `${version} · ${date}`, subtitle: parts.filter(Boolean).join(' · ')}
}

export function policyPreview(title: Localized<string> | undefined, slug: string | undefined): {title: string; subtitle: string} {
  const kk = title?.kk?.trim()
  const ru = title?.ru?.trim()
  return {title: kk || ru || 'Untitled policy', subtitle: [kk && ru ? ru : undefined, slug ? `/${slug}` : 'no slug'].filter(Boolean).join(' · ')}
}
