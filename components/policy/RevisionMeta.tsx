import type {Locale, Policy, Revision} from '@/lib/content/types'
import {absoluteUrl, paths} from '@/lib/urls'
import {onlyLanguage} from '@/lib/revisions/languages'
import type {Translator} from '@/lib/i18n/translator'
import {PrevailingStatement} from './PrevailingStatement'

type Props = {policy: Policy; revision: Revision; previous?: number; locale: Locale; t: Translator}

/**
 * The revision's identity (permanent link, content hashes) and where to go next. A revision published in one
 * language lists no hash for the text it does not have.
 */
export function RevisionMeta({policy, revision, previous, locale, t}: Props) {
  const permalink = absoluteUrl(paths.revision(locale, policy.slug, revision.version))
  const only = onlyLanguage(revision)
  const texts = only ? [only] : (['kk', 'ru'] as const)
  return (
    <footer className="mt-10 border-t border-line pt-6 text-sm">
      <nav className="print-hidden flex flex-wrap gap-x-5 gap-y-2">
        <a href={paths.history(locale, policy.slug)}>{t('Policy.history')}</a>
        {previous !== undefined && (
          <a href={paths.compare(locale, policy.slug, previous, revision.version)}>{t('Policy.compareWithPrevious')}</a>
        )}
        <a href={paths.feed(locale, policy.slug)} type="application/atom+xml">
          {t('Policy.feed')}
        </a>
        <a href={paths.revisionApp(locale, policy.slug, revision.version)}>{t('Policy.appView')}</a>
      </nav>
      <PrevailingStatement prevailing={policy.prevailingLanguage} only={only} locale={locale} />
      <dl className="mt-5 grid gap-x-6 gap-y-2 text-muted sm:grid-cols-[max-content_1fr]">
        <dt>{t('Policy.permalink')}</dt>
        <dd>
          <a href={permalink} className="break-all">
            {permalink}
          </a>
        </dd>
        <dt>{t('Policy.hash')}</dt>
        <dd>
          <code className="font-mono text-xs break-all" data-hash="all">
            {revision.hash.all}
          </code>
        </dd>
        {texts.map((code) => (
          <div key={code} className="contents">
            <dt>{t('Policy.hashLanguage', {language: code})}</dt>
            <dd>
              <code className="font-mono text-xs break-all" data-hash={code}>
                {revision.hash[code]}
              </code>
            </dd>
          </div>
        ))}
      </dl>
    </footer>
  )
}
