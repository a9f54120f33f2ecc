// Every GROQ query of the site. The Sanity source and the local (groq-js) source run these very strings, and
// Sanity TypeGen reads them to type their results. Published documents only: the Sanity client uses the published
// perspective and the local source drops drafts before querying. Content fields are fetched as stored, not
// re-projected (`title{kk, ru}` would turn a wrong type into null): lib/content/reshape.ts checks and reports them.
import {defineQuery} from 'groq'

export const siteSettingsQuery = defineQuery(`
  *[_id == "siteSettings"][0]{
    title, organization, contactEmail, contactPhone, address,
    requireBothLanguages
  }
`)

/** Slug to id, for routing: changes only when a policy's slug does. */
export const policySlugsQuery = defineQuery(`
  *[_type == "policy" && defined(slug.current)] | order(coalesce(order, 1000) asc, slug.current asc){
    _id, "slug": slug.current
  }
`)

/** What the index page and the apps' list need: each policy with the dates and versions of its revisions. */
export const policyIndexQuery = defineQuery(`
  *[_type == "policy" && defined(slug.current)] | order(coalesce(order, 1000) asc, slug.current asc){
    _id, "slug": slug.current, title, order,
    "revisions": *[_type == "policyRevision" && policy._ref == ^._id]{
      _id, version, effectiveFrom, summary, requiresConsent
    }
  }
`)

/**
 * One policy with every revision in full: shared by all of that policy's pages. Which text prevails is the
 * policy's own setting, else the site's: both are fetched as stored (the fetch is tagged with the site's tag too).
 */
export const policyQuery = defineQuery(`
  *[_type == "policy" && _id == $id][0]{
    _id, "slug": slug.current, title, order,
    owner{name, email, url},
    prevailingLanguage,
    "sitePrevailingLanguage": *[_id == "siteSettings"][0].prevailingLanguage,
    "revisions": *[_type == "policyRevision" && policy._ref == ^._id] | order(version asc){
      _id, version, effectiveFrom, summary, requiresConsent,
      sections[]{_key, anchor, heading, body}
    }
  }
`)

/** Revisions that point at no published policy: reported, never rendered. */
export const orphanRevisionsQuery = defineQuery(`
  *[_type == "policyRevision" && !defined(policy->_id)]{_id, "policyRef": policy._ref}
`)
