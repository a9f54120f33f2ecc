// Which text prevails when the Kazakh and Russian texts of a policy differ: a site setting
// (`siteSettings.prevailingLanguage`) with a per-policy override (`policy.prevailingLanguage`, unset = the site's).
// Shared by the content seam, the Studio schema and the pages.
import type {PrevailingLanguage} from './types'

/** As stored: both texts have equal force, the Kazakh text prevails, the Russian text prevails. */
export const prevailingLanguages = ['equal', 'kk', 'ru'] as const satisfies readonly PrevailingLanguage[]

/** What a site says when nothing (or nothing valid) is set. */
export const DEFAULT_PREVAILING_LANGUAGE: PrevailingLanguage = 'equal'

export function isPrevailingLanguage(value: unknown): value is PrevailingLanguage {
  return typeof value === 'string' && (prevailingLanguages as readonly string[]).includes(value)
}

export type PrevailingProblem = {field: 'policy' | 'site'; value: unknown}

/**
 * The policy's own value, else the site's, else equal force. A value set but not one of the three is a problem
 * (the caller reports it with its document and field) and counts as equal force, not as unset: an editor who set
 * something meant to override the site, and equal force claims least.
 */
export function resolvePrevailingLanguage(policyValue: unknown, siteValue: unknown, onProblem: (problem: PrevailingProblem) => void = () => {}): PrevailingLanguage {
  if (isSet(policyValue)) {
    if (isPrevailingLanguage(policyValue)) return policyValue
    onProblem({field: 'policy', value: policyValue})
    return DEFAULT_PREVAILING_LANGUAGE
  }
  if (isSet(siteValue)) {
    if (isPrevailingLanguage(siteValue)) return siteValue
    onProblem({field: 'site', value: siteValue})
  }
  return DEFAULT_PREVAILING_LANGUAGE
}

// null (GROQ's missing field) and an empty string (a cleared select) are both unset.
const isSet = (value: unknown) => value != null && value !== ''
