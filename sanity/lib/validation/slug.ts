// Policy slugs are URL segments: lower-case latin, digits and dashes. Titles are Kazakh or Russian, so the
// Studio's "Generate" button transliterates instead of keeping Cyrillic (which would fail the rule).

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
export const SLUG_MAX_LENGTH = 96

const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  // Kazakh letters (Latin-script reform spellings).
  ә: 'a', ғ: 'g', қ: 'q', ң: 'n', ө: 'o', ұ: 'u', ү: 'u', һ: 'h', і: 'i',
}

export function slugify(input: string): string {
  const latin = [...input.toLowerCase()].map((char) => CYRILLIC_TO_LATIN[char] ?? char).join('')
  return latin
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX_LENGTH)
    .replace(/-+$/, '')
}

/** Null when the slug can be used in `/{locale}/{slug}`. */
export function slugProblem(slug: unknown): string | null {
  if (typeof slug !== 'string' || slug === '') return 'A slug is required: it is the policy\'s address on the site'
  if (slug.length > SLUG_MAX_LENGTH) return `Keep the slug under ${SLUG_MAX_LENGTH} characters`
  if (!SLUG_PATTERN.test(slug)) return 'Use lower-case latin letters, digits and single dashes (for example "privacy-policy")'
  return null
}
