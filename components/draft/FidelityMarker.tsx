import type {Translator} from '@/lib/i18n/translator'
import type {Finding} from '@/lib/fidelity/types'

/** Beside a row, for editors in draft mode: the facts that differ between the kk and ru columns. */
export function FidelityMarker({findings, t}: {findings: Finding[]; t: Translator}) {
  return (
    <aside data-fidelity-marker className="rounded-md border border-amber-400 bg-amber-50 px-3 py-2 text-sm lg:col-span-2 dark:border-amber-700 dark:bg-amber-950/60">
      <p className="font-semibold">
        <span aria-hidden="true">⚠ </span>
        {t('Draft.fidelity')}
      </p>
      <ul className="mt-1 list-disc ps-5">
        {findings.map((finding, index) => (
          <li key={index}>
            {t(`Draft.kinds.${finding.kind}`)}
            {finding.kk.length > 0 && <>; {t('Draft.onlyIn', {language: 'kk', values: finding.kkText.join(', ')})}</>}
            {finding.ru.length > 0 && <>; {t('Draft.onlyIn', {language: 'ru', values: finding.ruText.join(', ')})}</>}
          </li>
        ))}
      </ul>
    </aside>
  )
}
