// Policy slugs are URL segments. The rule and the "Generate" button's transliteration (titles are Kazakh or
// Russian, and Cyrillic would fail the rule) are the site's and the importer's: lib/content/slug.ts.
import {SLUG_MAX_LENGTH, SLUG_PATTERN} from '../../../lib/content/slug'

/** Null when the slug can be used in `/{locale}/{slug}`. */
export function slugProblem(slug: unknown): string | null {
  if (typeof slug !== 'string' || slug === '') return 'A slug is required: it is the policy\'s address on the site'
  if (slug.length > SLUG_MAX_LENGTH) return `Keep the slug under ${SLUG_MAX_LENGTH} characters`
  if (!SLUG_PATTERN.test(slug)) return 'Use lower-case latin letters, digits and single dashes (for example "privacy-policy")'
  return null
}
