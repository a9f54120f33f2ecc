import {policy} from './documents/policy'
import {policyRevision} from './documents/policyRevision'
import {blockContent} from './objects/blockContent'
import {localizedBlockContent} from './objects/localizedBlockContent'
import {localizedString} from './objects/localizedString'
import {localizedText} from './objects/localizedText'
import {owner} from './objects/owner'
import {policySection} from './objects/policySection'
import {siteSettings} from './singletons/siteSettings'

export const schemaTypes = [
  siteSettings,
  policy,
  policyRevision,
  policySection,
  owner,
  localizedString,
  localizedText,
  localizedBlockContent,
  blockContent,
]

/** Types with exactly one document, edited from a fixed list item (see structure.ts). */
export const singletonTypes = new Set([siteSettings.name])
