import 'server-only'
import {getTranslations} from 'next-intl/server'
import type {CompareLabels, LegendLabels} from '@/components/compare/labels'
import type {Locale} from '@/lib/content/types'

/** The compare components' strings, translated for the page's locale. */
export async function compareLabels(locale: Locale): Promise<{labels: CompareLabels; legend: LegendLabels}> {
  const t = await getTranslations({locale, namespace: 'Compare'})
  const labels: CompareLabels = {
    inserted: t('inserted'),
    deleted: t('deleted'),
    added: t('added'),
    removed: t('removed'),
    moved: t('moved'),
    changed: t('changed'),
    unchanged: t('unchanged'),
    missingInFrom: t('missingInFrom'),
    missingInTo: t('missingInTo'),
    preamble: t('preamble'),
  }
  const legend: LegendLabels = {
    title: t('legend'),
    insertedText: t('insertedText'),
    deletedText: t('deletedText'),
    unchangedHint: t('unchangedHint'),
    added: labels.added,
    removed: labels.removed,
    moved: labels.moved,
    changed: labels.changed,
  }
  return {labels, legend}
}
