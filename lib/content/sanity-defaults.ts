// The Sanity settings used when none is set, for every side that talks to the project: the site (lib/env.ts) and
// the Studio and CLI (sanity/env.ts). Pure, no imports: the Studio bundle and the Sanity CLI load it.

export const DEFAULT_SANITY_DATASET = 'production'

export const DEFAULT_SANITY_API_VERSION = '2025-09-01'
