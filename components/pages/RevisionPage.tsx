import {ReaderDocument} from '@/components/document/ReaderDocument'
import {RevisionDocument} from '@/components/policy/RevisionDocument'
import {otherLocale} from '@/lib/i18n/locales'
import type {Translator} from '@/lib/i18n/translator'
import {revisionHead} from '@/lib/pages/describe'
import type {PageContext, RevisionData} from '@/lib/pages/load'
import {paths} from '@/lib/urls'

/** A policy's current page or one of its versions: the revision's kk and ru texts side by side. */
export function RevisionPage(page: PageContext & RevisionData & {t: Translator}) {
  const {policy, entry, pinned, locale, path, t} = page
  const head = {...revisionHead(policy, entry, pinned, locale, t), path, feed: paths.feed(locale, policy.slug)}
  const alternateHref = path(otherLocale(locale))
  return (
    <ReaderDocument {...page} head={head} alternateHref={alternateHref}>
      <RevisionDocument {...page} path={path(locale)} alternateHref={alternateHref} />
    </ReaderDocument>
  )
}
