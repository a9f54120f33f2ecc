import type {Translator} from '@/lib/i18n/translator'

/** Tells an editor that drafts are shown, and how to leave (draft mode is a cookie on their browser only). */
export function DraftBanner({path, t}: {path: string; t: Translator}) {
  return (
    <div role="status" className="print-hidden bg-amber-200 px-4 py-2 text-center text-sm text-amber-950">
      {t('Draft.banner')}{' '}
      <a href={`/api/draft-mode/disable?redirect=${encodeURIComponent(path)}`} className="font-semibold text-amber-950">
        {t('Draft.exit')}
      </a>
    </div>
  )
}
