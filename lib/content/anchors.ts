// Section anchors are URL fragments (`/kk/privacy#4-2`) that readers bookmark and apps deep-link to. How the site
// derives one from a section's anchor and key; the Studio checks clashes on the same reading (pure, no imports).

/** Lower-case; every run of characters other than a-z, 0-9, "_" and "-" becomes one "-"; no "-" at either end. */
export function normaliseAnchor(value: unknown): string {
  if (typeof value !== 'string') return ''
  return value.trim().toLowerCase().replace(/[^a-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '')
}

/** The section's fragment: its anchor, else its key, normalised; "" when neither leaves anything. */
export function sectionAnchor(anchor: unknown, key: unknown): string {
  return normaliseAnchor(anchor) || normaliseAnchor(key)
}
