import {getTranslations} from 'next-intl/server'
import {StaticHtml} from '@/components/StaticHtml'
import {DraftBanner} from '@/components/draft/DraftBanner'
import {FidelityMarker} from '@/components/draft/FidelityMarker'
import {isDraftMode} from '@/lib/content/fetch'
import {checkRevision} from '@/lib/fidelity/checkRevision'
import type {Locale, Policy} from '@/lib/content/types'
import {previousVersion, type Timeline, type TimelineEntry} from '@/lib/revisions/timeline'
import {otherLocale} from '@/lib/i18n/locales'
import {PolicyHeader} from './PolicyHeader'
import {RevisionMeta} from './RevisionMeta'
import {RevisionNotices} from './RevisionNotices'
import {SectionRow} from './SectionRow'
import {TableOfContents} from './TableOfContents'

type Props = {
  policy: Policy
  timeline: Timeline
  entry: TimelineEntry
  locale: Locale
  /** This page in the other language (the current page, or the same version). */
  alternateHref: string
}

/** A whole revision: header, notices, contents, the aligned kk/ru rows, and its hashes and links. */
export async function RevisionDocument({policy, timeline, entry, locale, alternateHref}: Props) {
  const other = otherLocale(locale)
  const [t, tl] = await Promise.all([
    getTranslations({locale, namespace: 'Policy'}),
    getTranslations({locale, namespace: 'Locale'}),
  ])
  const {revision} = entry
  // Editors previewing drafts see where the two languages disagree; readers never do (pages are static).
  const drafts = await isDraftMode()
  const findings = drafts ? checkRevision(revision).filter((f) => f.kind !== 'missingLanguage') : []
  return (
    <StaticHtml as="main" id="main" className="mx-auto max-w-7xl px-4 py-8 sm:px-6 sm:py-10">
      {drafts && <DraftBanner locale={locale} path={alternateHref.replace(/^\/(kk|ru)/, `/${locale}`)} />}
      <PolicyHeader policy={policy} entry={entry} locale={locale} />
      <RevisionNotices policy={policy} timeline={timeline} entry={entry} locale={locale} />
      {revision.sections.length ? (
        <>
          <TableOfContents sections={revision.sections} locale={locale} label={t('contents')} preamble={t('preamble')} />
          <div className="mt-8">
            {revision.sections.map((section) => (
              <SectionRow
                key={section.key}
                section={section}
                locale={locale}
                alternateHref={alternateHref}
                switchLabel={t('readIn')}
                switchShort={tl(`short.${other}`)}
                marker={
                  findings.some((f) => f.sectionKey === section.key) ? (
                    <FidelityMarker findings={findings.filter((f) => f.sectionKey === section.key)} locale={locale} />
                  ) : undefined
                }
              />
            ))}
          </div>
        </>
      ) : (
        <p className="mt-8 text-muted">{t('noSections')}</p>
      )}
      <RevisionMeta policy={policy} revision={revision} previous={previousVersion(timeline, revision.version)} locale={locale} />
    </StaticHtml>
  )
}
