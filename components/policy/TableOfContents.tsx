import type {Locale, Section} from '@/lib/content/types'
import {pickLocalized} from '@/lib/i18n/locales'

type Props = {sections: Section[]; locale: Locale; label: string; preamble: string}

export function TableOfContents({sections, locale, label, preamble}: Props) {
  return (
    <nav aria-labelledby="toc-heading" className="print-hidden mt-8 rounded-lg border border-line p-4 sm:p-5">
      <h2 id="toc-heading" className="text-sm font-semibold tracking-wide text-muted uppercase">
        {label}
      </h2>
      <ol className="mt-3 gap-x-8 text-[0.95rem] sm:columns-2">
        {sections.map((section, index) => {
          const heading = pickLocalized(section.heading, locale)
          return (
            <li key={section.key} className="mb-1.5 break-inside-avoid">
              <a href={`#${section.anchor}`} lang={heading?.lang} className="no-underline hover:underline">
                {heading?.value ?? (index === 0 ? preamble : `§ ${section.anchor}`)}
              </a>
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
