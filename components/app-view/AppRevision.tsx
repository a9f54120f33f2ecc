import type {Translator} from '@/lib/i18n/translator'
import type {AppViewData} from '@/lib/app-view/load'
import {noticeKind} from '@/lib/app-view/notice'
import {pickLocalized} from '@/lib/i18n/locales'
import {revisionHead} from '@/lib/pages/describe'
import {onlyLanguage} from '@/lib/revisions/languages'
import {AppDocument} from './AppDocument'
import {AppFooter} from './AppFooter'
import {AppNotice} from './AppNotice'
import {AppSection} from './AppSection'

/**
 * A revision in one language for a webview: title, notice, every section, footer. Nothing else. A revision
 * published only in the other language says so once and shows that text, marked with its `lang`.
 */
export function AppRevision({data, t}: {data: AppViewData; t: Translator}) {
  const {policy, entry, locale, pinned} = data
  const title = pickLocalized(policy.title, locale)
  const titleText = title?.value ?? policy.slug
  const sections = entry.revision.sections
  const notice = noticeKind(data)
  const only = onlyLanguage(entry.revision)
  const elsewhere = only !== undefined && only !== locale ? only : undefined
  // Titled like the page it stands for (an archived version says so). No description: the view opens inside an
  // app and is not indexed (X-Robots-Tag), and its bytes count against the 1.2x budget of its text.
  const head = revisionHead(policy, entry, pinned, locale, t)
  return (
    <AppDocument locale={locale} title={head.title} withNotice={notice !== undefined || elsewhere !== undefined}>
      <main>
        <h1 lang={title && title.lang !== locale ? title.lang : undefined}>{titleText}</h1>
        {notice && <AppNotice kind={notice} data={data} t={t} />}
        {elsewhere && (
          <aside role="note">
            <p>{t(`Policy.onlyIn.${elsewhere}`)}</p>
          </aside>
        )}
        {sections.length ? (
          sections.map((section) => <AppSection key={section.key} section={section} locale={locale} textLocale={elsewhere} t={t} />)
        ) : (
          <p>
            <em>{t('Policy.noSections')}</em>
          </p>
        )}
      </main>
      <AppFooter data={data} t={t} />
    </AppDocument>
  )
}
