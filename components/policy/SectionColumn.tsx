import type {Locale, Section} from '@/lib/content/types'
import {PortableText} from '@/components/PortableText'
import {translator} from '@/lib/i18n/translator'

type Props = {section: Section; locale: Locale; className?: string; children?: React.ReactNode}

/** One language of one section. A missing language says so, in that language; it is never invented. */
export function SectionColumn({section, locale, className = '', children}: Props) {
  const heading = section.heading[locale]
  const body = section.body[locale]
  // What stands in for a missing language is said in that language: the column's, not the page's.
  const t = translator(locale)
  return (
    <div lang={locale} data-locale={locale} className={`min-w-0 ${className}`}>
      <div className="flex items-start justify-between gap-3">
        {heading ? (
          <h2 id={`${section.anchor}-${locale}`} className="text-lg leading-snug font-semibold">
            {heading}
          </h2>
        ) : (
          !body && <h2 id={`${section.anchor}-${locale}`} className="text-lg text-muted italic">{t('Policy.notTranslatedTitle')}</h2>
        )}
        {children}
      </div>
      {body ? (
        <div className="legal-text mt-2">
          <PortableText value={body} />
        </div>
      ) : (
        <p className="mt-2 rounded-md border border-dashed border-line px-3 py-2 text-sm text-muted">{t('Policy.notTranslated')}</p>
      )}
    </div>
  )
}
