import {Feed} from 'feed'
import type {Locale, Policy} from '@/lib/content/types'
import type {Timeline} from '@/lib/revisions/timeline'
import {almatyStartOfDay} from '@/lib/revisions/dates'
import {dateArgs} from '@/lib/i18n/date-args'
import type {Translator} from '@/lib/i18n/translator'
import {otherLocale, pickLocalized} from '@/lib/i18n/locales'
import {absoluteUrl, paths} from '@/lib/urls'

// The feed library writes titles and summaries as `type="html"`; ours are plain text, so escape them.
const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'})[c]!)

/** An entry's title from its version and effective day (`YYYY-MM-DD`); what stands in for a first summary. */
type Labels = {entryTitle: (version: number, day: string) => string; firstVersion: string}

/** The feed's strings in one language, from the `Feed` and `History` messages (the date inflected for Kazakh). */
export function feedLabels(t: Translator, locale: Locale): Labels {
  return {
    entryTitle: (version, day) => t('Feed.entryTitle', {version, ...dateArgs(locale, {date: day})}),
    firstVersion: t('History.firstVersion'),
  }
}

/** An Atom feed with one entry per revision (upcoming ones included: readers want to know before they apply). */
export function policyFeed({policy, timeline, locale, labels}: {policy: Policy; timeline: Timeline; locale: Locale; labels: Labels}): string {
  const title = pickLocalized(policy.title, locale)?.value ?? policy.slug
  const newest = timeline.entries.map((e) => almatyStartOfDay(e.revision.effectiveFrom)).sort((a, b) => b.getTime() - a.getTime())[0]
  const feed = new Feed({
    id: absoluteUrl(paths.policy(locale, policy.slug)),
    title,
    link: absoluteUrl(paths.policy(locale, policy.slug)),
    language: locale,
    updated: newest,
    generator: false,
    feedLinks: {atom: absoluteUrl(paths.feed(locale, policy.slug))},
    copyright: '',
  })
  for (const {revision} of timeline.entries) {
    const summary = revision.summary[locale] ?? revision.summary[otherLocale(locale)] ?? labels.firstVersion
    const link = absoluteUrl(paths.revision(locale, policy.slug, revision.version))
    feed.addItem({
      id: link,
      link,
      title: escapeHtml(labels.entryTitle(revision.version, revision.effectiveFrom)),
      date: almatyStartOfDay(revision.effectiveFrom),
      description: escapeHtml(summary),
    })
  }
  return feed.atom1()
}
