import type {RevisionStatus} from '@/lib/content/types'
import type {Translator} from '@/lib/i18n/translator'

const styles: Record<RevisionStatus, string> = {
  current: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200',
  upcoming: 'bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200',
  archive: 'bg-zinc-200 text-zinc-800 dark:bg-zinc-800 dark:text-zinc-200',
}

export function StatusBadge({status, t}: {status: RevisionStatus; t: Translator}) {
  return <span className={`rounded-full px-2.5 py-0.5 text-xs font-semibold ${styles[status]}`}>{t(`Status.${status}`)}</span>
}
