import {getTranslations} from 'next-intl/server'
import type {Locale} from '@/lib/content/types'

/** Tells an editor that drafts are shown, and how to leave (draft mode is a cookie on their browser only). */
export async function DraftBanner({locale, path}: {locale: Locale; path: string}) {
  const t = await getTranslations({locale, namespace: 'Draft'})
  return (
    <div role="status" className="print-hidden bg-amber-200 px-4 py-2 text-center text-sm text-amber-950">
      {t('banner')}{' '}
      <a href={`/api/draft-mode/disable?redirect=${encodeURIComponent(path)}`} className="font-semibold text-amber-950">
        {t('exit')}
      </a>
    </div>
  )
}
