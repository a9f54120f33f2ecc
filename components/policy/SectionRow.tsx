import type {Locale, Section} from '@/lib/content/types'
import {otherLocale} from '@/lib/i18n/locales'
import {SectionColumn} from './SectionColumn'

type Props = {
  section: Section
  locale: Locale
  /** The revision is published in this language only: its text alone, the whole width, no switch. */
  only?: Locale
  /** The same page in the other language: on a phone, one tap reads this section there. */
  alternateHref: string
  switchLabel: string
  switchShort: string
  marker?: React.ReactNode
}

/** One aligned row: the page's language first, the other beside it on wide screens (and on paper). */
export function SectionRow({section, locale, only, alternateHref, switchLabel, switchShort, marker}: Props) {
  const other = otherLocale(locale)
  if (only) {
    return (
      <section id={section.anchor} data-anchor={section.anchor} className="scroll-mt-4 border-t border-line py-6">
        <SectionColumn section={section} locale={only} />
        {marker}
      </section>
    )
  }
  return (
    <section id={section.anchor} data-anchor={section.anchor} className="print-columns grid scroll-mt-4 gap-x-10 border-t border-line py-6 lg:grid-cols-2">
      <SectionColumn section={section} locale={locale}>
        <a
          href={`${alternateHref}#${section.anchor}`}
          hrefLang={other}
          aria-label={`${switchShort}: ${switchLabel}`}
          className="print-hidden shrink-0 rounded border border-line px-2 py-1 text-xs font-semibold tracking-wide no-underline lg:hidden"
        >
          <span lang={other}>{switchShort}</span>
        </a>
      </SectionColumn>
      <SectionColumn section={section} locale={other} className="print-both hidden lg:block" />
      {marker}
    </section>
  )
}
