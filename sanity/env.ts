// Studio and CLI settings. Read straight from process.env (not lib/env) so the Studio bundle and the Sanity CLI
// load no server modules; NEXT_PUBLIC_* values are inlined by Next into the browser build. The defaults are the
// site's (lib/content/sanity-defaults.ts).
import {DEFAULT_SANITY_API_VERSION, DEFAULT_SANITY_DATASET} from '../lib/content/sanity-defaults'

// Without a real project, a syntactically valid id that belongs to no project, so `sanity schema extract` and the
// Studio build offline.
export const projectId = process.env.NEXT_PUBLIC_SANITY_PROJECT_ID || 'local000'

/** A real Sanity project is configured: the Studio talks to Sanity; otherwise to the local Content Lake. */
export const hasSanityProject = !!process.env.NEXT_PUBLIC_SANITY_PROJECT_ID

export const dataset = process.env.NEXT_PUBLIC_SANITY_DATASET || DEFAULT_SANITY_DATASET

export const apiVersion = process.env.NEXT_PUBLIC_SANITY_API_VERSION || DEFAULT_SANITY_API_VERSION

/** Where the embedded Studio lives (app/studio/[[...tool]]). */
export const studioBasePath = '/studio'

/** The Next route that turns draft mode on for the Presentation tool (written in app/api/draft-mode/enable). */
export const previewEnablePath = '/api/draft-mode/enable'
