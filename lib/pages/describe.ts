// What each page says about itself in `<head>`: a title of its own and a description of the document (which
// policy, which version, when it is in force, in which languages), never the editor's change note.
import type {Locale, Policy, Revision, SiteSettings} from '@/lib/content/types'
import {pickLocalized} from '@/lib/i18n/locales'
import type {Translator} from '@/lib/i18n/translator'
import {onlyLanguage} from '@/lib/revisions/languages'
import {periodLabel} from '@/lib/revisions/period'
import type {TimelineEntry} from '@/lib/revisions/timeline'

type Described = {title: string; description: string}

const policyTitle = (policy: Policy, locale: Locale) => pickLocalized(policy.title, locale)?.value ?? policy.slug

/** In which languages the text is: both side by side, or the one it is published in. */
function languages(revisions: Revision[], t: Translator): string {
  const only = revisions.map(onlyLanguage)
  return only[0] && only.every((o) => o === only[0]) ? t(`Policy.onlyIn.${only[0]}`) : t('Head.bothLanguages')
}

/** Which version, and the days it is (was, will be) in force; a version shadowed on its own date never was. */
function revisionSentences(policy: Policy, entry: TimelineEntry, locale: Locale, t: Translator): string {
  const version = entry.revision.version
  const label = periodLabel(entry, locale, (key, values) => t(`Policy.${key}`, values))
  // A Russian period ending in a date ends with its «г.», which also ends the sentence.
  const period = entry.shadowed ? t('History.shadowed') : label.endsWith('.') ? label : `${label}.`
  return `${t('Head.revision', {title: policyTitle(policy, locale), version})} ${period}`
}

export function indexHead(settings: SiteSettings, locale: Locale, t: Translator): Described {
  return {title: pickLocalized(settings.title, locale)?.value ?? t('Site.policies'), description: t('Index.intro')}
}

/**
 * A policy's page (`pinned` false: the plain title, as the document is called) or one version at its permanent
 * URL, titled with its version and, when it is not the one in force, whether it is archived or still to come.
 */
export function revisionHead(policy: Policy, entry: TimelineEntry, pinned: boolean, locale: Locale, t: Translator): Described {
  const title = policyTitle(policy, locale)
  const version = entry.revision.version
  const key = entry.status === 'archive' ? 'Head.archivedTitle' : entry.status === 'upcoming' ? 'Head.upcomingTitle' : 'Head.versionTitle'
  return {
    title: pinned ? t(key, {title, version}) : title,
    description: `${revisionSentences(policy, entry, locale, t)} ${languages([entry.revision], t)}`,
  }
}

export function historyHead(policy: Policy, locale: Locale, t: Translator): Described {
  const title = policyTitle(policy, locale)
  return {title: t('Head.historyTitle', {title}), description: `${t('Head.history', {title})} ${languages(policy.revisions, t)}`}
}

export function compareHead(policy: Policy, from: Revision, to: Revision, locale: Locale, t: Translator): Described {
  const title = policyTitle(policy, locale)
  const versions = {from: from.version, to: to.version}
  return {
    title: t('Head.compareTitle', {title, ...versions}),
    description: `${t('Head.compare', {title, ...versions})} ${languages([from, to], t)}`,
  }
}
