import {DraftBanner} from '@/components/draft/DraftBanner'
import {FidelityMarker} from '@/components/draft/FidelityMarker'
import {checkRevision} from '@/lib/fidelity/checkRevision'
import type {Locale, Policy} from '@/lib/content/types'
import type {Translator} from '@/lib/i18n/translator'
import {previousVersion, type Timeline, type TimelineEntry} from '@/lib/revisions/timeline'
import {otherLocale} from '@/lib/i18n/locales'
import {onlyLanguage} from '@/lib/revisions/languages'
import {Notice} from './Notice'
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
  t: Translator
  /** This page's path (for the draft banner's exit) and the same page in the other language. */
  path: string
  alternateHref: string
  /** An editor previews drafts: a banner, and a marker where the two languages disagree. */
  drafts: boolean
}

/**
 * A whole revision: header, notices, contents, the aligned kk/ru rows, and its hashes and links. A revision
 * published in one language says so once, at the top, and its text takes the whole width.
 */
export function RevisionDocument({policy, timeline, entry, locale, t, path, alternateHref, drafts}: Props) {
  const other = otherLocale(locale)
  const {revision} = entry
  const findings = drafts ? checkRevision(revision).filter((f) => f.kind !== 'missingLanguage') : []
  const only = onlyLanguage(revision)
  return (
    <main id="main" className="mx-auto max-w-7xl px-4 py-8 sm:px-6 sm:py-10">
      {drafts && <DraftBanner path={path} t={t} />}
      <PolicyHeader policy={policy} entry={entry} locale={locale} t={t} />
      <RevisionNotices policy={policy} timeline={timeline} entry={entry} locale={locale} t={t} />
      {only && (
        <Notice tone="info">
          <p>{t(`Policy.onlyIn.${only}`)}</p>
        </Notice>
      )}
      {revision.sections.length ? (
        <>
          <TableOfContents sections={revision.sections} locale={locale} label={t('Policy.contents')} preamble={t('Policy.preamble')} />
          <div className="mt-8">
            {revision.sections.map((section) => {
              const own = findings.filter((f) => f.sectionKey === section.key)
              return (
                <SectionRow
                  key={section.key}
                  section={section}
                  locale={locale}
                  only={only}
                  alternateHref={alternateHref}
                  switchLabel={t('Policy.readIn')}
                  switchShort={t(`Locale.short.${other}`)}
                  marker={own.length ? <FidelityMarker findings={own} t={t} /> : undefined}
                />
              )
            })}
          </div>
        </>
      ) : (
        <p className="mt-8 text-muted">{t('Policy.noSections')}</p>
      )}
      <RevisionMeta policy={policy} revision={revision} previous={previousVersion(timeline, revision.version)} locale={locale} t={t} />
    </main>
  )
}
