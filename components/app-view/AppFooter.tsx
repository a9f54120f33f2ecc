import type {Translator} from '@/lib/i18n/translator'
import type {AppViewData} from '@/lib/app-view/load'
import {periodLabel} from '@/lib/revisions/period'
import {otherLocale} from '@/lib/i18n/locales'
import {onlyLanguage} from '@/lib/revisions/languages'
import {paths} from '@/lib/urls'
import {AppPrevailing} from './AppPrevailing'

/**
 * Which text this is (version, days in force, the hash of this language's text, which apps store to tell when the
 * text changed) and where else to read it. A pinned view links to the same version; the current one stays current.
 */
export function AppFooter({data, t}: {data: AppViewData; t: Translator}) {
  const {policy, entry, locale, pinned} = data
  const {revision} = entry
  const other = otherLocale(locale)
  const period = periodLabel(entry, locale, (key, values) => t(`Policy.${key}`, values))
  const otherHref = pinned ? paths.revisionApp(other, policy.slug, revision.version) : paths.app(other, policy.slug)
  const fullHref = pinned ? paths.revision(locale, policy.slug, revision.version) : paths.policy(locale, policy.slug)
  // The hash of the text the reader actually read: a revision published only in the other language is read in it.
  const read = onlyLanguage(revision) ?? locale
  return (
    <footer>
      <hr />
      <p>
        {t('Policy.version', {version: revision.version})} · {period}
      </p>
      <p>
        {t('Policy.hashLanguage', {language: read})}: <code>{revision.hash[read]}</code>
      </p>
      <AppPrevailing prevailing={policy.prevailingLanguage} only={onlyLanguage(revision)} t={t} />
      <p>
        <a href={otherHref} hrefLang={other} lang={other}>
          {t(`Locale.${other}`)}
        </a>
        {' · '}
        <a href={fullHref}>{t('AppView.fullPage')}</a>
      </p>
    </footer>
  )
}
