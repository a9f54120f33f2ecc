// Slugs: the policy's URL segment (`/{locale}/{slug}`), and the latin words the importer makes section anchors of.
// One rule and one transliteration for the Studio (the slug field's rule and its "Generate" button), the importer
// (--policy, file names, headings) and the site (which policies are routed). Pure, no imports: it bundles for the
// Studio and runs in plain Node.

/** Lower-case latin letters and digits, in words joined by single dashes. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
/** The longest slug the Studio accepts. */
export const SLUG_MAX_LENGTH = 96

/** Whether `value` can be a policy's URL segment (the site routes only these). */
export function isSlug(value: unknown): value is string {
  return typeof value === 'string' && SLUG_PATTERN.test(value)
}

// Russian and Kazakh Cyrillic in latin letters (Kazakh letters as in the Latin-script reform spellings:
// "Қауіпсіздік" → "qauipsizdik"). ё and й are e and i, as their decomposed forms (е and и with a mark) read.
// The importer's anchors of unnumbered headings are made with it, and section keys from the anchors: a change
// here gives a re-imported heading a new anchor and key.
const LATIN: Record<string, string> = {
  а: 'a', ә: 'a', б: 'b', в: 'v', г: 'g', ғ: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i',
  к: 'k', қ: 'q', л: 'l', м: 'm', н: 'n', ң: 'n', о: 'o', ө: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u',
  ұ: 'u', ү: 'u', ф: 'f', х: 'kh', һ: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', і: 'i',
  ь: '', э: 'e', ю: 'yu', я: 'ya',
}

/** Lower-case, Cyrillic transliterated, accents dropped ("Ёлка café" → "elka cafe"); other characters kept. */
export function toLatin(text: string): string {
  const latin = [...text.toLowerCase()].map((char) => LATIN[char] ?? char).join('')
  return latin.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
}

/** Latin words joined by "-", cut at a word boundary to `maxLength`; "" when `text` has no letter or digit. */
export function slugify(text: string, maxLength = SLUG_MAX_LENGTH): string {
  const words = toLatin(text).replace(/[^a-z0-9]+/g, ' ').trim().split(' ').filter(Boolean)
  let slug = ''
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word
    if (next.length > maxLength && slug) break
    slug = next.slice(0, maxLength)
  }
  return slug
}
